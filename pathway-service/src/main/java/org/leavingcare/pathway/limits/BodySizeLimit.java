package org.leavingcare.pathway.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.leavingcare.pathway.config.SuiteConfig;
import org.leavingcare.pathway.problem.Problem;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Answers a request whose declared body is larger than {@code suite.limits.max-body-size} with a 413
 * problem+json, before Quarkus's own limit (which answers with no body). Bodies sent without a length are
 * cut off by {@code quarkus.http.limits.max-body-size}, set to the same value.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final Pattern CORRELATION = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** Before Quarkus's upload limit route (order -2). */
    static final int ORDER = -3;

    @Inject
    SuiteConfig config;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        long limit = config.limits().maxBodySize().asLongValue();
        String body = body(limit);
        router.route().order(ORDER).handler(context -> {
            String correlationId = correlationId(context.request().getHeader("X-Correlation-Id"));
            String length = context.request().getHeader("Content-Length");
            if (length != null && tooLong(length, limit)) {
                context.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .putHeader("X-Correlation-Id", correlationId)
                        .end(body);
                return;
            }
            // a body without a length is cut off while it is read, by a bare 413: it echoes the id too
            context.addHeadersEndHandler(ignored -> {
                if (context.response().getStatusCode() == 413
                        && context.response().headers().get("X-Correlation-Id") == null) {
                    context.response().putHeader("X-Correlation-Id", correlationId);
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

    static boolean tooLong(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The request's correlation id if well-formed (as every response echoes it), else a new one. */
    static String correlationId(String given) {
        return given != null && CORRELATION.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /** RFC 9110's name for 413, naming the limit. */
    public static Problem problem(long limit) {
        return new Problem("about:blank", "Content Too Large", 413,
                "The request body is larger than " + limit + " bytes", null, java.util.List.of());
    }

    private String body(long limit) {
        try {
            return json.writeValueAsString(problem(limit));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem not serialisable", e);
        }
    }
}
