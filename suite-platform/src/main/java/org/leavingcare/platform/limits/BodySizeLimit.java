package org.leavingcare.platform.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.leavingcare.platform.config.PlatformConfig;
import org.leavingcare.platform.correlation.CorrelationIds;
import org.leavingcare.platform.problem.Problem;

import java.util.List;

/**
 * Answers before anything else a request that is too large to read: a declared body larger than
 * {@code platform.limits.max-body-size} (413) and a request line longer than {@value #MAX_URI} characters (414),
 * each with a problem+json body and the correlation id, before Quarkus's own limits (which answer with no
 * body). Bodies sent without a length are cut off by {@code quarkus.http.limits.max-body-size}, set to the same
 * value; Vert.x's request-line limit ({@code quarkus.http.limits.max-initial-line-length}) is set above this one.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** The longest request URI answered; a longer one is a 414. */
    public static final int MAX_URI = 8192;

    /** Before Quarkus's upload limit route (order -2). */
    static final int ORDER = -3;

    @Inject
    PlatformConfig config;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        long limit = config.limits().maxBodySize().asLongValue();
        String tooLarge = body(problem(limit));
        String uriTooLong = body(new Problem("about:blank", "URI Too Long", 414,
                "The request URI is longer than " + MAX_URI + " characters", null, List.of()));
        router.route().order(ORDER).handler(context -> {
            String correlationId = CorrelationIds.accept(context.request().getHeader(CorrelationIds.HEADER));
            if (context.request().uri().length() > MAX_URI) {
                refuse(context, 414, uriTooLong, correlationId);
                return;
            }
            String length = context.request().getHeader("Content-Length");
            if (length != null && tooLong(length, limit)) {
                refuse(context, 413, tooLarge, correlationId);
                return;
            }
            // a body without a length is cut off while it is read, by a bare 413: it echoes the id too
            context.addHeadersEndHandler(ignored -> {
                if (context.response().getStatusCode() == 413
                        && context.response().headers().get(CorrelationIds.HEADER) == null) {
                    context.response().putHeader(CorrelationIds.HEADER, correlationId);
                }
            });
            context.next();
        }).failureHandler(context -> {
            // that 413 is already sent when the resource's attempt to answer fails: nothing went wrong, nothing to log
            if (context.response().ended() && context.response().getStatusCode() == 413) {
                Log.debug("A request body without a length was cut off at the limit (413 already sent)");
                return;
            }
            context.next();
        });
    }

    private static void refuse(RoutingContext context, int status, String body, String correlationId) {
        context.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .putHeader(CorrelationIds.HEADER, correlationId)
                .end(body);
    }

    static boolean tooLong(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** RFC 9110's name for 413, naming the limit. */
    public static Problem problem(long limit) {
        return new Problem("about:blank", "Content Too Large", 413,
                "The request body is larger than " + limit + " bytes", null, List.of());
    }

    private String body(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem not serialisable", e);
        }
    }
}
