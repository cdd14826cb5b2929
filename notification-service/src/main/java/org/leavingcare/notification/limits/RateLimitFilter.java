package org.leavingcare.notification.limits;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.leavingcare.notification.config.LimitsConfig;
import org.leavingcare.notification.problem.Problem;

/**
 * The per-caller rate limit of every API request (health, metrics and OpenAPI are not API requests):
 * over it, 429 problem+json with {@code Retry-After}. The caller is the token's subject, or the client
 * address when there is no valid token.
 */
@Singleton
public class RateLimitFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    Instance<LimitsConfig> config;

    private volatile TokenBuckets buckets;

    /** Made at the first request (runtime configuration). */
    private TokenBuckets buckets() {
        TokenBuckets b = buckets;
        if (b == null) {
            synchronized (this) {
                if (buckets == null) {
                    LimitsConfig.RateLimit limit = config.get().rateLimit();
                    buckets = new TokenBuckets(limit.requestsPerSecond(), limit.burst());
                }
                b = buckets;
            }
        }
        return b;
    }

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Uni<Response> limit(HttpServerRequest request) {
        TokenBuckets buckets = buckets();
        if (!buckets.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> {
                    String key = identity == null || identity.isAnonymous()
                            ? "address:" + (request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress())
                            : "subject:" + identity.getPrincipal().getName();
                    long wait = buckets.take(key, System.nanoTime());
                    if (wait == 0) {
                        return null;
                    }
                    return Response.fromResponse(Problem.ofStatus(429,
                                    "Too many requests; try again in " + wait + " s").toResponse())
                            .header("Retry-After", wait).build();
                });
    }
}
