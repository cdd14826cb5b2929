package org.leavingcare.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * RS256 key pairs and bearer tokens for local runs and tests, using only the JDK. In production the
 * council's identity provider issues tokens and the services only hold its public key.
 */
public final class Jwts {

    public static final String LOCAL_ISSUER = "https://local.leavingcare.invalid";

    /** The audience every service of the suite requires ({@code JWT_AUDIENCE}, by default this). */
    public static final String SUITE_AUDIENCE = "care-leaver-suite";

    private Jwts() {
    }

    /** Writes {@code privateKey.pem} (PKCS#8) and {@code publicKey.pem} (X.509) unless both exist. */
    public static void generateKeyPairIfMissing(Path directory) throws IOException, GeneralSecurityException {
        Path privatePem = directory.resolve("privateKey.pem");
        Path publicPem = directory.resolve("publicKey.pem");
        if (Files.exists(privatePem) && Files.exists(publicPem)) {
            return;
        }
        Files.createDirectories(directory);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        privatePem.toFile().setReadable(false, false);
        privatePem.toFile().setReadable(true, true);
    }

    public static PrivateKey readPrivateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    /**
     * A signed token.
     *
     * @param subject the user's id ({@code sub} and {@code upn})
     * @param roles the roles ({@code groups})
     * @param teams the teams the user works in ({@code teams})
     */
    public static String token(PrivateKey key, String issuer, String subject, Collection<String> roles,
                               Collection<String> teams, Duration lifetime) throws GeneralSecurityException {
        return token(key, issuer, SUITE_AUDIENCE, subject, roles, teams, Instant.now(), lifetime);
    }

    /** A signed token for {@code audience}, issued at {@code issuedAt}. */
    public static String token(PrivateKey key, String issuer, String audience, String subject, Collection<String> roles,
                               Collection<String> teams, Instant issuedAt, Duration lifetime) throws GeneralSecurityException {
        Instant now = issuedAt;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{"
                + "\"iss\":" + quote(issuer)
                + ",\"aud\":" + quote(audience)
                + ",\"sub\":" + quote(subject)
                + ",\"upn\":" + quote(subject)
                + ",\"groups\":" + array(roles)
                + ",\"teams\":" + array(teams)
                + ",\"iat\":" + now.getEpochSecond()
                + ",\"exp\":" + now.plus(lifetime).getEpochSecond()
                + ",\"jti\":" + quote(UUID.randomUUID().toString())
                + "}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64Url(signer.sign());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String array(Collection<String> values) {
        return values.stream().map(Jwts::quote).collect(Collectors.joining(",", "[", "]"));
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
