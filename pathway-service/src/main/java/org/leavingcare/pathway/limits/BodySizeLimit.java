package org.leavingcare.pathway.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.leavingcare.pathway.config.SuiteConfig;
import org.leavingcare.pathway.problem.Problem;

import java.util.UUID;

/**
 * Answers a request whose declared body is larger than {@code suite.limits.max-body-size} with a 413
 * problem+json, before Quarkus's own limit (which answers with no body). Bodies sent without a length are
 * cut off by {@code quarkus.http.limits.max-body-size}, set to the same value.
 */
@ApplicationScoped
public class BodySizeLimit {

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
            String length = context.request().getHeader("Content-Length");
            if (length != null && tooLong(length, limit)) {
                context.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .putHeader("X-Correlation-Id", UUID.randomUUID().toString())
                        .end(body);
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

    private String body(long limit) {
        try {
            return json.writeValueAsString(Problem.ofStatus(413, "The request body is larger than " + limit + " bytes"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem not serialisable", e);
        }
    }
}
