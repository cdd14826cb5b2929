package org.leavingcare.platform.audit;

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
import org.leavingcare.platform.access.CurrentCaller;
import org.leavingcare.platform.config.PlatformConfig;
import org.leavingcare.platform.rest.PageRequest;
import org.leavingcare.platform.rest.QueryParams;

import java.time.ZoneId;
import java.util.regex.Pattern;

/** The service's audit trail, the same endpoint in every service. */
@Path("/audit-events")
@Tag(name = "Audit trail", description = "Who read or changed which young person's data, when, and why")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventsResource {

    static final Pattern CASE_REF = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @Inject
    PlatformConfig config;

    @Inject
    AuditTrail trail;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller callers;

    @GET
    @RolesAllowed("manager")
    @Audited("audit-events.read")
    @Operation(operationId = "listAuditEvents", summary = "Who read or changed which young person's data, newest first",
            description = "Rows about young people in your scope; rows about no young person only for managers of the "
                    + "whole service (team *). Reading the trail is itself audited.")
    public AuditEventView.Page list(
            @Parameter(description = "A young person's case reference") @QueryParam("caseRef") String caseRef,
            @Parameter(description = "A token subject, or a service's name") @QueryParam("actor") String actor,
            @Parameter(description = "The correlation id of one request (X-Correlation-Id)") @QueryParam("correlationId") String correlationId,
            @Parameter(description = "An instant (2026-03-01T09:00:00Z) or a date (from the start of that day)") @QueryParam("from") String from,
            @Parameter(description = "An instant or a date (to the end of that day)") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size) {
        String ref = QueryParams.matching("caseRef", caseRef, CASE_REF,
                "must be 1 to 64 letters, digits, - or _");
        ZoneId zone = ZoneId.of(config.clock().zone());
        AuditTrail.Filter filter = new AuditTrail.Filter(ref, QueryParams.text("actor", actor, 64),
                QueryParams.text("correlationId", correlationId, 64),
                QueryParams.instant("from", from, false, zone), QueryParams.instant("to", to, true, zone));
        PageRequest request = PageRequest.of(page, size, config.paging());
        audit.touched(ref);
        return trail.search(callers.get(), filter, request);
    }
}
