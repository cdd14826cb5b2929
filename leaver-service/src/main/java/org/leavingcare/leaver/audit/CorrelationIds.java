package org.leavingcare.leaver.audit;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request has a correlation id (docs/access-and-audit.md): the request's {@code X-Correlation-Id}
 * when it is well formed ({@code [A-Za-z0-9._:-]{1,64}}), a new UUID otherwise (never a refusal). It is
 * in the MDC ({@code correlationId}, in every log line), in the response, in the audit rows and passed
 * on to the services this one calls.
 */
@ApplicationScoped
public class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Runs before every other filter, so even a 413 or 429 carries the id. */
    static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(CorrelationIds::assign, PRIORITY);
    }

    static void assign(RoutingContext rc) {
        String id = accept(rc.request().getHeader(HEADER));
        rc.put(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        rc.response().headers().set(HEADER, id);
        rc.addHeadersEndHandler(ignored -> rc.response().headers().set(HEADER, id));
        rc.next();
    }

    /** The id a request sent, if well formed, or a new one. */
    public static String accept(String sent) {
        return sent != null && WELL_FORMED.matcher(sent).matches() ? sent : newId();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The current request's (or background batch's) correlation id; a new one outside both. */
    public static String current() {
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            RoutingContext rc = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
            if (rc != null && rc.get(MDC_KEY) instanceof String text) {
                return text;
            }
        }
        Object id = MDC.get(MDC_KEY);
        return id instanceof String text && WELL_FORMED.matcher(text).matches() ? text : newId();
    }
}
