package org.leavingcare.pathway.rest;

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
import org.leavingcare.pathway.audit.AuditEventView;
import org.leavingcare.pathway.audit.AuditLog;
import org.leavingcare.pathway.audit.AuditTrail;
import org.leavingcare.pathway.audit.Audited;
import org.leavingcare.pathway.problem.ApiProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

@Path("/audit-events")
@Tag(name = "Audit trail")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventsResource {

    /** Calendar dates in {@code from}/{@code to} are days in England (docs/access-and-audit.md). */
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    AuditTrail trail;

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed("manager")
    @Audited("audit-events.read")
    @Operation(summary = "Who read or changed which young person's data, newest first",
            description = "Rows about young people in your scope; rows about no young person only for managers of the "
                    + "whole service (team *). Reading the trail is itself audited.")
    public AuditEventView.Page list(
            @QueryParam("caseRef") String caseRef,
            @Parameter(description = "A token subject, or a service's name") @QueryParam("actor") String actor,
            @Parameter(description = "An instant (2026-03-01T09:00:00Z) or a date (from the start of that day)") @QueryParam("from") String from,
            @Parameter(description = "An instant or a date (to the end of that day)") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size) {
        String ref = blankToNull(caseRef);
        if (ref != null && !ref.matches(YoungPeopleResource.CASE_REF)) {
            throw ApiProblem.badRequest("caseRef", YoungPeopleResource.CASE_REF_MESSAGE);
        }
        String who = blankToNull(actor);
        if (who != null && who.length() > 64) {
            throw ApiProblem.badRequest("actor", "must be at most 64 characters");
        }
        AuditTrail.Filter filter = new AuditTrail.Filter(ref, who, instant("from", from, false), instant("to", to, true));
        int pageNumber = (int) QueryParams.longAtLeast("page", page, 0, 0, 1_000_000);
        int pageSize = (int) QueryParams.longAtLeast("size", size, 50, 1, YoungPeopleResource.MAX_PAGE_SIZE);
        audit.touched(ref);
        return trail.search(filter, pageNumber, pageSize);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An instant, or a date: its start ({@code from}) or the start of the next day ({@code to}, exclusive). */
    static Instant instant(String name, String value, boolean endOfDay) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() < 1900 || date.getYear() > 2199) {
                    throw ApiProblem.badRequest(name, "must be between 1900 and 2199");
                }
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(LONDON).toInstant();
            }
            Instant instant = Instant.parse(text);
            if (instant.isBefore(Instant.parse("1900-01-01T00:00:00Z")) || instant.isAfter(Instant.parse("2199-12-31T23:59:59Z"))) {
                throw ApiProblem.badRequest(name, "must be between 1900 and 2199");
            }
            return endOfDay ? instant.plusNanos(1) : instant;
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name, "must be an instant (2026-03-01T09:00:00Z) or a date (2026-03-01)");
        }
    }
}
