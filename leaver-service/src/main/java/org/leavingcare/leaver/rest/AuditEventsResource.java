package org.leavingcare.leaver.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

    /** The zone a date in {@code from}/{@code to} is a day of (docs/access-and-audit.md). */
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    @Inject
    AuditLog log;

    @Inject
    AuditContext audit;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Audited("audit-events.read")
    @Operation(summary = "Who read or changed which young person's data, when, and with what outcome",
            description = "Newest first. A manager sees the rows about young people in their scope, and rows about "
                    + "no young person only when they manage the whole service (team `*`). `from`/`to` are instants "
                    + "(`2026-03-01T09:00:00Z`) or dates (`2026-03-01`, a whole Europe/London day). Reading the trail "
                    + "is itself audited (`audit-events.read`).")
    public AuditEventPage list(
            @QueryParam("caseRef") @Pattern(regexp = Roles.CASE_REF, message = Roles.CASE_REF_MESSAGE) String caseRef,
            @QueryParam("actor") @Size(min = 1, max = 64, message = "must be 1 to 64 characters") String actor,
            @QueryParam("correlationId") @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}",
                    message = "must be 1 to 64 letters, digits, '.', '_', ':' or '-'") String correlationId,
            @Parameter(description = "An instant or a date (from the start of that day)") @QueryParam("from") String from,
            @Parameter(description = "An instant or a date (to the end of that day)") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size) {
        Instant fromInstant = instant("from", from, false);
        Instant toInstant = instant("to", to, true);
        int pageNumber = (int) EventsResource.parse("page", page, 0, 0, 1_000_000);
        int pageSize = (int) EventsResource.parse("size", size, 50, 1, Roles.MAX_PAGE);
        audit.touched(caseRef == null ? List.of() : List.of(caseRef));
        AuditLog.Page result = log.search(new AuditLog.Query(caseRef, actor, correlationId, fromInstant, toInstant),
                caller.scope(), pageNumber, pageSize);
        return new AuditEventPage(result.rows().stream().map(AuditEventView::of).toList(), pageNumber, pageSize,
                result.total());
    }

    /** An ISO-8601 instant, or a date: its first moment ({@code from}) or its last ({@code to}) in Europe/London. */
    static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            instant = null;
        }
        if (instant != null) {
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw ApiProblem.badRequest(name, "must be between 1900 and 9999");
            }
            return instant;
        }
        {
            try {
                LocalDate day = LocalDate.parse(value);
                if (day.getYear() < 1900 || day.getYear() > 9999) {
                    throw ApiProblem.badRequest(name, "must be a date between 1900-01-01 and 9999-12-31");
                }
                return endOfDay ? day.plusDays(1).atStartOfDay(LONDON).toInstant().minusNanos(1000)
                        : day.atStartOfDay(LONDON).toInstant();
            } catch (DateTimeException notADate) {
                throw ApiProblem.badRequest(name, "must be an ISO-8601 instant (2026-03-01T09:00:00Z) or a date (2026-03-01)");
            }
        }
    }
}
