package org.leavingcare.platform.client;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.platform.access.Caller;
import org.leavingcare.platform.config.PlatformConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The bearer token a service sends to the others (docs/change-feeds.md): a token from the identity provider
 * ({@code platform.service-auth.token}), or one it mints with the signing key, holding the role {@code service},
 * renewed before it expires. Neither configured: no token (tests' fakes).
 */
@ApplicationScoped
public class ServiceTokens {

    @Inject
    PlatformConfig config;

    private PrivateKey key;
    private String minted;
    private Instant renewAfter = Instant.MIN;

    public synchronized Optional<String> authorization() {
        PlatformConfig.ServiceAuth auth = config.serviceAuth();
        if (auth.token().isPresent() && !auth.token().get().isBlank()) {
            return Optional.of("Bearer " + auth.token().get());
        }
        if (auth.signingKeyLocation().isEmpty() || auth.signingKeyLocation().get().isBlank()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (minted == null || now.isAfter(renewAfter)) {
            Duration lifetime = auth.tokenLifetime();
            minted = mint(key(auth.signingKeyLocation().get()), auth.issuer(), config.tokens().audience(), config.serviceName(),
                    now, lifetime);
            renewAfter = now.plus(lifetime.dividedBy(2));
        }
        return Optional.of("Bearer " + minted);
    }

    /** A token for the role {@code service} with subject {@code serviceName}, for {@code audience}, valid from {@code now} for {@code lifetime}. */
    public static String mint(PrivateKey key, String issuer, String audience, String serviceName, Instant now,
                              Duration lifetime) {
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject(serviceName)
                .upn(serviceName)
                .groups(Set.of(Caller.SERVICE))
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .sign(key);
    }

    private PrivateKey key(String location) {
        if (key == null) {
            try {
                key = KeyUtils.decodePrivateKey(Files.readString(Path.of(location)));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException(
                        "the service signing key at platform.service-auth.signing-key-location cannot be read", e);
            }
        }
        return key;
    }
}
