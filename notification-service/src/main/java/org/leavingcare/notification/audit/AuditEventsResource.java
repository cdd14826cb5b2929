package org.leavingcare.notification.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.notification.access.Callers;
import org.leavingcare.notification.access.Scope;
import org.leavingcare.notification.config.SuiteConfig;
import org.leavingcare.notification.problem.ApiProblem;
import org.leavingcare.notification.webhook.QueryParams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail for managers (docs/access-and-audit.md): rows about young people in their scope, and
 * rows about no young person only for managers of the whole service. Reading it is itself audited.
 */
@Path("/audit-events")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventsResource {

    static final int MAX_SIZE = 200;

    @Inject
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditContext audit;

    @Inject
    SuiteConfig config;

    @GET
    @RolesAllowed("manager")
    @Audited("audit-events.read")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The audit trail, newest first (managers)",
            description = "Who read or changed which young person's alerts and notifications, when and how it ended, "
                    + "newest first. A blank parameter means not given. from/to: ISO-8601 instants or dates (from the start of / to the end of that day in the service's zone, suite.clock.zone).")
    public AuditEventView.Page list(@QueryParam("caseRef") String caseRef, @QueryParam("actor") String actor,
                                    @Parameter(description = "2026-03-01T09:00:00Z or 2026-03-01") @QueryParam("from") String from,
                                    @Parameter(description = "2026-03-01T17:00:00Z or 2026-03-01") @QueryParam("to") String to,
                                    @QueryParam("correlationId") String correlationId,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        String ref = text("caseRef", caseRef);
        audit.touched(ref);
        String who = text("actor", actor);
        String correlation = text("correlationId", correlationId);
        ZoneId zone = ZoneId.of(config.clock().zone());
        Instant fromInstant = instant("from", from, zone, false);
        Instant toInstant = instant("to", to, zone, true);
        int pageNumber = (int) number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, "must be a whole number, 0 or more");
        int pageSize = (int) number("size", size, 50, 1, MAX_SIZE, "must be a whole number from 1 to " + MAX_SIZE);

        Scope scope = callers.scope();
        Scope.Sql inScope = scope.sql("y", "l");
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>(inScope.parameters());
        if (!scope.caller().seesEverything()) {
            where.add("e.case_ref IS NOT NULL");
        }
        where.add(inScope.condition());
        if (ref != null) {
            where.add("e.case_ref = :caseRef");
            params.put("caseRef", ref);
        }
        if (who != null) {
            where.add("e.actor = :actor");
            params.put("actor", who);
        }
        if (correlation != null) {
            where.add("e.correlation_id = :correlationId");
            params.put("correlationId", correlation);
        }
        if (fromInstant != null) {
            where.add("e.occurred_at >= :from");
            params.put("from", fromInstant);
        }
        if (toInstant != null) {
            where.add("e.occurred_at < :to");
            params.put("to", toInstant);
        }
        String body = " FROM audit_event e LEFT JOIN young_person y ON y.case_ref = e.case_ref"
                + " LEFT JOIN leaver l ON l.case_ref = e.case_ref WHERE " + String.join(" AND ", where);
        Query select = em.createNativeQuery("SELECT e.*" + body + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit OFFSET :offset",
                AuditEvent.class);
        Query count = em.createNativeQuery("SELECT count(*)" + body, Long.class);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        select.setParameter("limit", pageSize);
        select.setParameter("offset", (long) pageNumber * pageSize);
        @SuppressWarnings("unchecked")
        List<AuditEvent> rows = select.getResultList();
        return new AuditEventView.Page(rows.stream().map(AuditEventView::of).toList(), pageNumber, pageSize,
                ((Number) count.getSingleResult()).longValue());
    }

    /** An instant, or a date meaning the start of that day ({@code end}: the start of the next day, exclusive). */
    static Instant instant(String name, String value, ZoneId zone, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate date = LocalDate.parse(v);
                if (date.getYear() < 1900 || date.getYear() > 2199) {
                    throw ApiProblem.badRequest(name, "must be between 1900-01-01 and 2199-12-31");
                }
                return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            Instant instant = Instant.parse(v);
            if (instant.isBefore(Instant.parse("1900-01-01T00:00:00Z")) || instant.isAfter(Instant.parse("2200-01-01T00:00:00Z"))) {
                throw ApiProblem.badRequest(name, "must be between 1900-01-01 and 2199-12-31");
            }
            return end ? instant.plusNanos(1000) : instant;
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name, "must be an ISO-8601 instant (2026-03-01T09:00:00Z) or date (2026-03-01)");
        }
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 64 || value.chars().anyMatch(Character::isISOControl)) {
            throw ApiProblem.badRequest(name, "must be at most 64 characters, without control characters");
        }
        return value;
    }

    private static long number(String name, String value, long fallback, long min, long max, String message) {
        // blank means "not given" here (docs/access-and-audit.md)
        return value == null || value.isBlank() ? fallback : QueryParams.number(name, value, fallback, min, max, message);
    }
}
