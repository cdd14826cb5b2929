package org.leavingcare.notification.client;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.notification.config.ServiceAuthConfig;

import java.time.Clock;
import java.time.Instant;

/**
 * The Authorization header for calls to the other services: a short-lived JWT with
 * {@code groups=[service]} signed with the configured key, or the configured token, or none (fakes in
 * tests do not check). The system clock is used, not the service clock: a token's lifetime is real time.
 */
@ApplicationScoped
public class ServiceTokens {

    @Inject
    ServiceAuthConfig config;

    private String cached;
    private Instant cachedUntil = Instant.EPOCH;

    public synchronized String authorization() {
        if (config.signingKeyLocation().isPresent()) {
            Instant now = Clock.systemUTC().instant();
            if (cached == null || now.isAfter(cachedUntil)) {
                long lifetime = config.tokenLifetimeSeconds();
                cached = Jwt.issuer(config.issuer())
                        .subject("notification-service")
                        .groups("service")
                        .issuedAt(now)
                        .expiresAt(now.plusSeconds(lifetime))
                        .sign(config.signingKeyLocation().get());
                // renew well before expiry so a token never lapses in flight
                cachedUntil = now.plusSeconds(lifetime / 2);
            }
            return "Bearer " + cached;
        }
        return config.token().map(t -> "Bearer " + t).orElse(null);
    }
}
