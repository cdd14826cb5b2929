package org.leavingcare.leaver.limits;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.leavingcare.leaver.config.SuiteConfig;
import org.leavingcare.leaver.problem.Problem;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client cannot exhaust the service (docs/access-and-audit.md). Request bodies larger than
 * {@code suite.limits.max-body-size} are a 413 problem (Vert.x's own limit, {@code quarkus.http.limits.max-body-size},
 * stops bodies sent without a length). Two token buckets with the same settings answer 429 with
 * {@code Retry-After} once empty: one per client address (as Vert.x reports it, so Quarkus's proxy settings decide
 * whether a forwarded address counts), taken before routing and authentication, so floods of unauthenticated
 * requests, forged tokens and unknown paths are limited; and one per verified token subject. Health, metrics and
 * OpenAPI (under {@code /q}) are not limited.
 */
@ApplicationScoped
public class RequestLimits {

    /** Callers whose bucket is remembered before idle (full) buckets are forgotten. */
    static final int MAX_CALLERS = 10_000;
    /** After the correlation id ({@code CorrelationIds.PRIORITY}), before the body size and anything else. */
    static final int ADDRESS_PRIORITY = 950;
    static final int BODY_SIZE_PRIORITY = 900;

    @Inject
    SuiteConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    void register(@Observes Filters filters) {
        long max = config.limits().maxBodySize().asLongValue();
        filters.register(this::perAddress, ADDRESS_PRIORITY);
        filters.register(rc -> bodySize(rc, max), BODY_SIZE_PRIORITY);
    }

    /** The 413 problem, for a declared length over the limit here and for a body without one (a mapper). */
    public static Problem tooLarge(long max) {
        return new Problem("about:blank", "Content Too Large", 413,
                "The request body is larger than the limit of " + max + " bytes", null, List.of());
    }

    static void bodySize(RoutingContext rc, long max) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > max) {
                    rc.response().setStatusCode(413)
                            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CONNECTION, "close")
                            .end(Json.encode(tooLarge(max)));
                    return;
                }
            } catch (NumberFormatException e) {
                // Vert.x answers a malformed length itself
            }
        }
        rc.next();
    }

    /** The bucket of the client address, before anything else looks at the request. */
    void perAddress(RoutingContext rc) {
        double perSecond = config.rateLimit().requestsPerSecond();
        if (perSecond <= 0 || rc.normalizedPath().startsWith("/q/")) {
            rc.next();
            return;
        }
        String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
        long retryAfter = take("address:" + address, perSecond, System.nanoTime());
        if (retryAfter == 0) {
            rc.next();
            return;
        }
        rc.response().setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Retry-After", String.valueOf(retryAfter))
                .end(Json.encode(tooManyProblem(retryAfter)));
    }

    /** The bucket of the verified token subject; a request without a valid token has only its address's. */
    @ServerRequestFilter
    public Uni<Response> perSubject() {
        double perSecond = config.rateLimit().requestsPerSecond();
        if (perSecond <= 0) {
            return null;
        }
        return identities.getDeferredIdentity()
                .onItemOrFailure().transform((identity, failure) -> {
                    if (failure != null || identity == null || identity.isAnonymous()) {
                        return null;
                    }
                    long retryAfter = take("subject:" + identity.getPrincipal().getName(), perSecond, System.nanoTime());
                    return retryAfter == 0 ? null : tooMany(retryAfter);
                });
    }

    long take(String key, double perSecond, long now) {
        int burst = Math.max(1, config.rateLimit().burst());
        if (buckets.size() > MAX_CALLERS) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(perSecond, burst, now)).take(now);
    }

    static Problem tooManyProblem(long retryAfter) {
        return Problem.ofStatus(429, "Too many requests; try again in " + retryAfter + " s");
    }

    static Response tooMany(long retryAfter) {
        return Response.fromResponse(tooManyProblem(retryAfter).toResponse())
                .header("Retry-After", String.valueOf(retryAfter)).build();
    }
}
