package org.leavingcare.notification.limits;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.leavingcare.notification.problem.Problem;

/**
 * The rate limit per verified token subject ({@link RateLimits}, second bucket): over it, 429 problem+json
 * with {@code Retry-After}. A request without a valid token is left to the per-address bucket and to
 * authentication; a subject is never read from a token that did not verify.
 */
@Singleton
public class RateLimitFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    RateLimits limits;

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Uni<Response> limit() {
        TokenBuckets buckets = limits.buckets();
        if (!buckets.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> {
                    if (identity == null || identity.isAnonymous()) {
                        return null;
                    }
                    long wait = buckets.take("subject:" + identity.getPrincipal().getName(), System.nanoTime());
                    if (wait == 0) {
                        return null;
                    }
                    return Response.fromResponse(Problem.ofStatus(429,
                                    "Too many requests; try again in " + wait + " s").toResponse())
                            .header("Retry-After", wait).build();
                });
    }
}
