package org.leavingcare.pathway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.pathway.audit.Audited;
import org.leavingcare.pathway.domain.plan.ReviewStatus;
import org.leavingcare.pathway.rest.api.PathwayPlanPage;
import org.leavingcare.pathway.service.PathwayPlanListService;

@Path("/pathway-plans")
@Tag(name = "Pathway plans")
@Produces(MediaType.APPLICATION_JSON)
public class PathwayPlanListResource {

    @Inject
    PathwayPlanListService service;

    @GET
    @RolesAllowed({"manager", "iro", "social-worker", "personal-adviser"})
    @Operation(summary = "Plans for managers, soonest review first",
            description = "Filters: reviewStatus (ON_TRACK, DUE_SOON, OVERDUE, as of today), team, signed (by the young person).")
    @Audited("pathway-plans.list")
    public PathwayPlanPage managersList(@QueryParam("reviewStatus") String reviewStatus, @QueryParam("team") String team,
                                             @QueryParam("signed") String signed, @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        return PathwayPlanPage.of(service.managersList(team == null || team.isBlank() ? null : team.trim(),
                QueryParams.enumValue("reviewStatus", reviewStatus, ReviewStatus.class), QueryParams.bool("signed", signed),
                (int) QueryParams.longAtLeast("page", page, 0, 0, 1_000_000),
                (int) QueryParams.longAtLeast("size", size, 50, 1, YoungPeopleResource.MAX_PAGE_SIZE)));
    }

}
