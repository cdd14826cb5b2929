package org.leavingcare.notification.limits;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.leavingcare.notification.config.LimitsConfig;

/**
 * A request whose declared body is larger than {@code suite.limits.max-body-size} is answered 413
 * problem+json before the body is read (Quarkus itself would answer 413 with no body); a body that
 * turns out larger without declaring it (chunked) is cut off by {@code quarkus.http.limits.max-body-size}
 * and answered with the same problem by {@code HttpProblemMappers#bodyTooLarge}.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Resolved at the first request: the filter is registered before runtime configuration mappings exist. */
    @Inject
    Instance<LimitsConfig> config;

    private volatile long max = -1;

    void register(@Observes Filters filters) {
        filters.register(this::check, 900);
    }

    private void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (max < 0) {
            max = config.get().limits().maxBodySize().asLongValue();
        }
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > max) {
                    tooLarge(rc, max);
                    return;
                }
            } catch (NumberFormatException e) {
                // Vert.x refuses a malformed Content-Length itself
            }
        }
        rc.next();
    }

    static void tooLarge(RoutingContext rc, long max) {
        rc.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problem(max));
    }

    /** The 413 problem (RFC 9110 calls it Content Too Large), naming the limit. */
    public static String problem(long max) {
        return "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                + "\"detail\":\"" + detail(max) + "\"}";
    }

    public static String detail(long max) {
        return "The request body is larger than the limit of " + max + " bytes";
    }
}
