package org.leavingcare.pathway.limits;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.leavingcare.pathway.config.SuiteConfig;
import org.leavingcare.pathway.problem.Problem;

/**
 * The rate limit per caller: the token's subject, or the client's address when there is no valid token. Over it,
 * 429 problem+json with {@code Retry-After}. Health, metrics and OpenAPI (under /q) are not served here, so they
 * are not limited.
 */
public class LimitFilters {

    private volatile TokenBuckets buckets;

    @Inject
    SuiteConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    private TokenBuckets buckets() {
        TokenBuckets current = buckets;
        if (current == null) {
            synchronized (this) {
                if (buckets == null) {
                    buckets = new TokenBuckets(config.rateLimit().requestsPerSecond(), config.rateLimit().burst());
                }
                current = buckets;
            }
        }
        return current;
    }

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Uni<Response> rateLimit(HttpServerRequest request) {
        TokenBuckets limit = buckets();
        if (limit.off()) {
            return Uni.createFrom().nullItem();
        }
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return identities.getDeferredIdentity().onFailure().recoverWithNull()
                .map(identity -> {
                    String key = key(identity, address);
                    long wait = limit.take(key, System.nanoTime());
                    if (wait == 0) {
                        return null;
                    }
                    return Response.fromResponse(Problem.ofStatus(429,
                                    "Too many requests; retry after " + wait + " second(s)").toResponse())
                            .header("Retry-After", String.valueOf(wait)).build();
                });
    }

    static String key(SecurityIdentity identity, String address) {
        return identity == null || identity.isAnonymous() ? "address:" + address
                : "subject:" + identity.getPrincipal().getName();
    }
}
