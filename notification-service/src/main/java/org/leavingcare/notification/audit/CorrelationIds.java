package org.leavingcare.notification.audit;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of every request (docs/access-and-audit.md): the {@code X-Correlation-Id} the
 * client sent if it is well formed, else a new UUID (never a refusal). It is put in the MDC (every log
 * line shows it), in the routing context for the audit trail, and in the response, including answers
 * Vert.x gives by itself (401, 413).
 */
@ApplicationScoped
public class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Filters filters) {
        filters.register(this::assign, 1000);
    }

    private void assign(RoutingContext rc) {
        String id = valid(rc.request().getHeader(HEADER));
        rc.put(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        rc.response().putHeader(HEADER, id);
        rc.next();
    }

    /** The id a client sent if it is well formed, else a new one. */
    public static String valid(String sent) {
        return sent != null && WELL_FORMED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }

    /** A new id for this service's own work (a feed batch, a delivery). */
    public static String fresh() {
        return UUID.randomUUID().toString();
    }
}
