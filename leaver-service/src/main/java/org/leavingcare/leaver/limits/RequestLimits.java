package org.leavingcare.leaver.limits;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.leavingcare.leaver.config.SuiteConfig;
import org.leavingcare.leaver.problem.Problem;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client cannot exhaust the service (docs/access-and-audit.md): request bodies larger than
 * {@code suite.limits.max-body-size} are a 413 problem (Vert.x's own limit, {@code quarkus.http.limits.max-body-size},
 * stops bodies sent without a length); and a token bucket per caller (the token's subject; the client
 * address before authentication) answers 429 with {@code Retry-After} once it is empty. Health, metrics
 * and OpenAPI (under {@code /q}) are not REST resources of the service and are not limited.
 */
@ApplicationScoped
public class RequestLimits {

    /** Callers whose bucket is remembered before idle (full) buckets are forgotten. */
    static final int MAX_CALLERS = 10_000;

    @Inject
    SuiteConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    void register(@Observes Filters filters) {
        long max = config.limits().maxBodySize().asLongValue();
        // after the correlation id (CorrelationIds.PRIORITY), before anything reads the body
        filters.register(rc -> bodySize(rc, max), 900);
    }

    static void bodySize(RoutingContext rc, long max) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > max) {
                    rc.response().setStatusCode(413)
                            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CONNECTION, "close")
                            .end("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                                    + "\"detail\":\"The request body is larger than " + max + " bytes\"}");
                    return;
                }
            } catch (NumberFormatException e) {
                // Vert.x answers a malformed length itself
            }
        }
        rc.next();
    }

    /** The rate limit, once the caller is known (or known not to be authenticated). */
    @ServerRequestFilter
    public Uni<Response> rateLimit(RoutingContext rc) {
        double perSecond = config.rateLimit().requestsPerSecond();
        if (perSecond <= 0) {
            return null;
        }
        String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
        return identities.getDeferredIdentity()
                .onItemOrFailure().transform((identity, failure) -> {
                    String key = failure == null && identity != null && !identity.isAnonymous()
                            ? "sub:" + subject(identity) : "address:" + address;
                    long retryAfter = take(key, perSecond, System.nanoTime());
                    return retryAfter == 0 ? null : tooMany(retryAfter);
                });
    }

    private static String subject(SecurityIdentity identity) {
        return identity.getPrincipal().getName();
    }

    long take(String key, double perSecond, long now) {
        int burst = Math.max(1, config.rateLimit().burst());
        if (buckets.size() > MAX_CALLERS) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(perSecond, burst, now)).take(now);
    }

    static Response tooMany(long retryAfter) {
        return Response.fromResponse(Problem.ofStatus(429, "Too many requests; try again in " + retryAfter + " s")
                .toResponse()).header("Retry-After", String.valueOf(retryAfter)).build();
    }
}
