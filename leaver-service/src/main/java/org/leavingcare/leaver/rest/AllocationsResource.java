package org.leavingcare.leaver.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.leaver.audit.AuditContext;
import org.leavingcare.leaver.audit.Audited;
import org.leavingcare.leaver.problem.ApiProblem;
import org.leavingcare.leaver.rest.api.DueAllocation;
import org.leavingcare.leaver.rest.api.DueAllocationPage;
import org.leavingcare.leaver.service.DueListService;
import org.leavingcare.leaver.service.InputDates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/allocations")
@Tag(name = "Allocation")
@Produces(MediaType.APPLICATION_JSON)
public class AllocationsResource {

    @Inject
    DueListService dueList;

    @Inject
    AuditContext audit;

    @GET
    @Path("/due")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.MANAGER, Roles.IRO, Roles.INTEGRATION})
    @Operation(summary = "Young people due or overdue a personal adviser, most urgent first",
            description = "Young people without an adviser whose allocation is due on or before `before` "
                    + "(default: today plus the DUE_SOON window), earliest due date first. Only young people in "
                    + "the caller's scope are listed and counted in `total`; a team filter naming another team "
                    + "gives an empty page.")
    @Audited("allocations-due.list")
    public DueAllocationPage due(
            @Parameter(description = "YYYY-MM-DD") @QueryParam("before") String before,
            @QueryParam("team") @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1 to 64 letters, digits, - or _") String team,
            @Parameter(description = "1..200, default 100") @QueryParam("limit") String limit,
            @Parameter(description = "How many to skip, default 0") @QueryParam("offset") String offset) {
        LocalDate until = null;
        if (before != null) {
            try {
                until = LocalDate.parse(before);
            } catch (DateTimeParseException e) {
                throw ApiProblem.badRequest("before", "must be a date in the form YYYY-MM-DD");
            }
            if (until.isBefore(InputDates.EARLIEST) || until.isAfter(InputDates.LATEST_QUERY_BOUND)) {
                throw ApiProblem.badRequest("before", "must be between " + InputDates.EARLIEST + " and "
                        + InputDates.LATEST_QUERY_BOUND);
            }
        }
        int size = (int) EventsResource.parse("limit", limit, 100, 1, Roles.MAX_PAGE);
        int skip = (int) EventsResource.parse("offset", offset, 0, 0, Integer.MAX_VALUE);
        DueListService.Page page = dueList.due(until, team, size, skip);
        List<DueAllocation> items = page.items().stream().map(DueAllocation::of).toList();
        audit.touched(items.stream().map(DueAllocation::caseRef).toList());
        return new DueAllocationPage(items, page.total(), size, skip);
    }
}
