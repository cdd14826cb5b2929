package org.leavingcare.platform.limits;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.leavingcare.platform.config.PlatformConfig;
import org.leavingcare.platform.problem.Problem;

import java.util.Optional;

/**
 * The rate limits (docs/access-and-audit.md, "Limits"), two token buckets with the same settings: one per client
 * address as Vert.x reports it (Quarkus's proxy-forwarding settings decide whether a forwarded address counts),
 * taken before route matching and authentication, so floods of unauthenticated requests, forged tokens and unknown
 * paths are limited; and one per verified token subject, taken once the token is checked (never a subject read
 * from an unverified token). Over either, 429 problem+json with {@code Retry-After}. Health, metrics and OpenAPI
 * (under /q) are not served here, so they are not limited.
 */
public class RateLimitFilters {

    private volatile TokenBuckets addresses;
    private volatile TokenBuckets subjects;

    @Inject
    PlatformConfig config;

    @Inject
    CurrentIdentityAssociation identities;

    private TokenBuckets addresses() {
        if (addresses == null) {
            synchronized (this) {
                if (addresses == null) {
                    addresses = new TokenBuckets(config.rateLimit().requestsPerSecond(), config.rateLimit().burst());
                }
            }
        }
        return addresses;
    }

    private TokenBuckets subjects() {
        if (subjects == null) {
            synchronized (this) {
                if (subjects == null) {
                    subjects = new TokenBuckets(config.rateLimit().requestsPerSecond(), config.rateLimit().burst());
                }
            }
        }
        return subjects;
    }

    /** (a) Per client address, before anything else is looked at. */
    @ServerRequestFilter(preMatching = true, priority = 100)
    public Optional<Response> perAddress(HttpServerRequest request) {
        TokenBuckets limit = addresses();
        if (limit.off()) {
            return Optional.empty();
        }
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return Optional.ofNullable(tooMany(limit.take(address, System.nanoTime())));
    }

    /** (b) Per verified token subject (an invalid token is left to authentication's 401). */
    @ServerRequestFilter(priority = 100)
    public Uni<Response> perSubject() {
        TokenBuckets limit = subjects();
        if (limit.off()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().onFailure().recoverWithNull().map(identity ->
                identity == null || identity.isAnonymous() ? null
                        : tooMany(limit.take(identity.getPrincipal().getName(), System.nanoTime())));
    }

    static Response tooMany(long wait) {
        if (wait == 0) {
            return null;
        }
        return Response.fromResponse(Problem.ofStatus(429,
                        "Too many requests; retry after " + wait + " second(s)").toResponse())
                .header("Retry-After", String.valueOf(wait)).build();
    }
}
