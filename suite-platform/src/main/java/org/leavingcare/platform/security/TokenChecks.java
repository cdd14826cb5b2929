package org.leavingcare.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.leavingcare.platform.config.PlatformConfig;

import java.time.Duration;
import java.time.Instant;

/**
 * What a verified token must also be before anyone is let in (401 otherwise), beyond its signature, issuer and
 * audience ({@code mp.jwt.verify.*}):
 * <ul>
 *   <li>its subject fits the audit trail's columns ({@value #MAX_SUBJECT} characters), so it is recorded whole;</li>
 *   <li>it was issued, and not in the future (a small clock skew allowed);</li>
 *   <li>it lives no longer than the configured maximum age ({@code platform.tokens.max-age}), so a stolen
 *   token cannot be used for years.</li>
 * </ul>
 */
@ApplicationScoped
public class TokenChecks implements SecurityIdentityAugmentor {

    /** The longest subject stored with a change; identity providers use ids or e-mail addresses. */
    public static final int MAX_SUBJECT = 64;

    @Inject
    PlatformConfig config;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        String refused = refusal(identity, Instant.now());
        return refused == null ? Uni.createFrom().item(identity)
                : Uni.createFrom().failure(new AuthenticationFailedException(refused));
    }

    /** Why the identity is refused, or null. */
    String refusal(SecurityIdentity identity, Instant now) {
        if (identity.getPrincipal().getName().length() > MAX_SUBJECT) {
            return "token subject longer than " + MAX_SUBJECT + " characters";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return refusal(jwt.getIssuedAtTime(), jwt.getExpirationTime(), now,
                    config.tokens().clockSkew(), config.tokens().maxAge());
        }
        return null;
    }

    /** The time rules alone (seconds since the epoch; 0 means absent). */
    static String refusal(long issuedAt, long expiresAt, Instant now, Duration skew, Duration maxAge) {
        if (issuedAt <= 0) {
            return "token has no issued-at time";
        }
        if (issuedAt > now.plus(skew).getEpochSecond()) {
            return "token issued in the future";
        }
        if (expiresAt <= 0 || expiresAt - issuedAt > maxAge.getSeconds()) {
            return "token lives longer than " + maxAge;
        }
        return null;
    }
}
