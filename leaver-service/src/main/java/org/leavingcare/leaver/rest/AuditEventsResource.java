package org.leavingcare.leaver.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.leaver.access.CurrentCaller;
import org.leavingcare.leaver.audit.AuditContext;
import org.leavingcare.leaver.audit.AuditLog;
import org.leavingcare.leaver.audit.Audited;
import org.leavingcare.leaver.config.SuiteConfig;
import org.leavingcare.leaver.problem.ApiProblem;
import org.leavingcare.leaver.rest.api.AuditEventPage;
import org.leavingcare.leaver.rest.api.AuditEventView;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/audit-events")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventsResource {

    /** Instants and dates outside these years are a 400 (they cannot be meant). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant AFTER_LATEST = Instant.parse("2200-01-01T00:00:00Z");
    static final int MAX_TEXT = 64;

    @Inject
    AuditLog log;

    @Inject
    AuditContext audit;

    @Inject
    CurrentCaller caller;

    @Inject
    SuiteConfig config;

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Audited("audit-events.read")
    @Operation(summary = "Who read or changed which young person's data, when, and with what outcome",
            description = "Newest first. A manager sees the rows about young people in their scope, and rows about "
                    + "no young person only when they manage the whole service (team `*`). `from`/`to` are instants "
                    + "(`2026-03-01T09:00:00Z`) or dates (`2026-03-01`, a whole day in the service's zone, "
                    + "Europe/London by default), years 1900 to 2199. A blank parameter is not given. Reading the "
                    + "trail is itself audited (`audit-events.read`).")
    public AuditEventPage list(
            @Parameter(description = "A young person's case reference") @QueryParam("caseRef") String caseRef,
            @Parameter(description = "A token subject or a service's name") @QueryParam("actor") String actor,
            @Parameter(description = "A request's correlation id") @QueryParam("correlationId") String correlationId,
            @Parameter(description = "An instant or a date (from the start of that day)") @QueryParam("from") String from,
            @Parameter(description = "An instant or a date (to the end of that day)") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size) {
        // a blank value of any parameter means it was not given
        caseRef = text("caseRef", caseRef);
        actor = text("actor", actor);
        correlationId = text("correlationId", correlationId);
        ZoneId zone = ZoneId.of(config.clock().zone());
        Instant fromInstant = instant("from", given("from", from), false, zone);
        Instant toInstant = instant("to", given("to", to), true, zone);
        page = given("page", page);
        size = given("size", size);
        int pageNumber = (int) EventsResource.parse("page", page, 0, 0, 1_000_000);
        int pageSize = (int) EventsResource.parse("size", size, 50, 1, Roles.MAX_PAGE);
        audit.touched(caseRef == null ? List.of() : List.of(caseRef));
        AuditLog.Page result = log.search(new AuditLog.Query(caseRef, actor, correlationId, fromInstant, toInstant),
                caller.scope(), pageNumber, pageSize);
        return new AuditEventPage(result.rows().stream().map(AuditEventView::of).toList(), pageNumber, pageSize,
                result.total());
    }

    /** A blank value is not given; a control character (NUL included) is a 400 naming the parameter. */
    static String given(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw ApiProblem.badRequest(name, "must not contain control characters");
        }
        return value;
    }

    /** A filter on a text column: {@link #given}, and at most {@value #MAX_TEXT} characters. */
    static String text(String name, String value) {
        String given = given(name, value);
        if (given != null && given.length() > MAX_TEXT) {
            throw ApiProblem.badRequest(name, "must be at most " + MAX_TEXT + " characters");
        }
        return given;
    }

    /**
     * An ISO-8601 instant, or a date: its first moment ({@code from}) or its last ({@code to}) in the service's
     * zone; years {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
     */
    static Instant instant(String name, String value, boolean endOfDay, ZoneId zone) {
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            instant = null;
        }
        if (instant != null) {
            if (instant.isBefore(EARLIEST) || !instant.isBefore(AFTER_LATEST)) {
                throw ApiProblem.badRequest(name, "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
            }
            return instant;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeException notADate) {
            throw ApiProblem.badRequest(name, "must be an ISO-8601 instant (2026-03-01T09:00:00Z) or a date (2026-03-01)");
        }
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw ApiProblem.badRequest(name, "must be a date between " + FIRST_YEAR + "-01-01 and " + LAST_YEAR + "-12-31");
        }
        return endOfDay ? day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000)
                : day.atStartOfDay(zone).toInstant();
    }
}
