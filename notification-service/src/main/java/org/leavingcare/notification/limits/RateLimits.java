package org.leavingcare.notification.limits;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.leavingcare.notification.config.LimitsConfig;

/**
 * The two rate limits (docs/access-and-audit.md), both token buckets with the same settings
 * ({@code suite.rate-limit.*}) and both answered 429 problem+json with an integer {@code Retry-After}:
 * <ol>
 * <li>per client address, before route matching and authentication (a Vert.x filter), so floods of
 * unauthenticated requests, forged tokens and unknown paths are limited. The address is the one Vert.x
 * reports, so Quarkus's proxy-forwarding settings decide whether a forwarded address counts;</li>
 * <li>per verified token subject ({@link RateLimitFilter}), never a subject read from an unverified token.</li>
 * </ol>
 * Health, metrics and OpenAPI are never limited.
 */
@ApplicationScoped
public class RateLimits {

    /** Resolved at the first request: the filter is registered before runtime configuration mappings exist. */
    @Inject
    Instance<LimitsConfig> config;

    private volatile TokenBuckets buckets;

    void register(@Observes Filters filters) {
        // after the correlation id (1000), so a 429 carries it; before the body-size check (900)
        filters.register(this::byAddress, 950);
    }

    /** The buckets, made at the first request (runtime configuration). */
    TokenBuckets buckets() {
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

    private void byAddress(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.startsWith("/q/health") || path.startsWith("/q/metrics") || path.startsWith("/q/openapi")
                || path.startsWith("/q/swagger-ui")) {
            rc.next();
            return;
        }
        SocketAddress address = rc.request().remoteAddress();
        long wait = buckets().take("address:" + (address == null ? "?" : address.hostAddress()), System.nanoTime());
        if (wait == 0) {
            rc.next();
            return;
        }
        rc.response().setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader("Retry-After", Long.toString(wait))
                .end(problem(wait));
    }

    /** The 429 problem's body. */
    static String problem(long wait) {
        return "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many requests; try again in " + wait + " s\"}";
    }
}
