package org.leavingcare.testsupport;

import org.leavingcare.tools.Jwts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;

/**
 * Bearer tokens signed with the test key ({@code test-keys/privateKey.pem}), trusted by each
 * service's {@code %test} profile with the issuer {@link #ISSUER}.
 */
public final class TestTokens {

    public static final String ISSUER = Jwts.LOCAL_ISSUER;

    private static PrivateKey key;

    private TestTokens() {
    }

    /** A token for a user with one role, e.g. {@code TestTokens.bearer("manager", "m-1", "north")}. */
    public static String token(String role, String subject, String... teams) {
        return token(List.of(role), subject, List.of(teams), Duration.ofMinutes(30));
    }

    public static String token(List<String> roles, String subject, List<String> teams, Duration lifetime) {
        try {
            return Jwts.token(privateKey(), ISSUER, subject, roles, teams, lifetime);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not sign a test token", e);
        }
    }

    /** The value of an Authorization header. */
    public static String bearer(String role, String subject, String... teams) {
        return "Bearer " + token(role, subject, teams);
    }

    /** The test private key, for tests that sign tokens themselves. */
    public static synchronized PrivateKey privateKey() throws IOException, GeneralSecurityException {
        if (key == null) {
            try (InputStream in = TestTokens.class.getResourceAsStream("/test-keys/privateKey.pem")) {
                if (in == null) {
                    throw new IOException("test-keys/privateKey.pem is not on the class path");
                }
                key = Jwts.readPrivateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            }
        }
        return key;
    }
}
