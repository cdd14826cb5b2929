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
import org.leavingcare.pathway.config.SuiteConfig;
import org.leavingcare.pathway.problem.ApiProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

@Path("/audit-events")
@Tag(name = "Audit trail")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventsResource {

    @Inject
    SuiteConfig config;

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
            @Parameter(description = "The correlation id of one request (X-Correlation-Id)") @QueryParam("correlationId") String correlationId,
            @Parameter(description = "An instant (2026-03-01T09:00:00Z) or a date (from the start of that day)") @QueryParam("from") String from,
            @Parameter(description = "An instant or a date (to the end of that day)") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size) {
        String ref = text("caseRef", caseRef);
        if (ref != null && !ref.matches(YoungPeopleResource.CASE_REF)) {
            throw ApiProblem.badRequest("caseRef", YoungPeopleResource.CASE_REF_MESSAGE);
        }
        ZoneId zone = ZoneId.of(config.clock().zone());
        AuditTrail.Filter filter = new AuditTrail.Filter(ref, text("actor", actor), text("correlationId", correlationId),
                instant("from", from, false, zone), instant("to", to, true, zone));
        int pageNumber = (int) QueryParams.longAtLeast("page", page, 0, 0, 1_000_000);
        int pageSize = (int) QueryParams.longAtLeast("size", size, 50, 1, YoungPeopleResource.MAX_PAGE_SIZE);
        audit.touched(ref);
        return trail.search(filter, pageNumber, pageSize);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A text filter: blank is not given; control characters or more than 64 characters are a 400 naming it. */
    static String text(String name, String value) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw ApiProblem.badRequest(name, "must not contain control characters");
        }
        String text = blankToNull(value);
        if (text != null && text.length() > 64) {
            throw ApiProblem.badRequest(name, "must be at most 64 characters");
        }
        return text;
    }

    /**
     * An instant, or a date in {@code zone} (the service's, {@code suite.clock.zone}): its start ({@code from}) or
     * the start of the next day ({@code to}, exclusive).
     */
    static Instant instant(String name, String value, boolean endOfDay, ZoneId zone) {
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
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
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
