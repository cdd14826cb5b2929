package org.leavingcare.pathway.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.pathway.audit.Audited;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentStatus;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;
import org.leavingcare.pathway.domain.plan.PlanStatus;
import org.leavingcare.pathway.repository.YoungPersonFilter;
import org.leavingcare.pathway.rest.api.CareEpisodesInput;
import org.leavingcare.pathway.rest.api.YoungPersonInput;
import org.leavingcare.pathway.rest.api.YoungPeoplePage;
import org.leavingcare.pathway.rest.api.YoungPersonView;
import org.leavingcare.pathway.service.CareEpisodeService;
import org.leavingcare.pathway.service.CaseRecord;
import org.leavingcare.pathway.service.YoungPeopleListService;
import org.leavingcare.pathway.service.YoungPersonService;

@Path("/young-people")
@Tag(name = "Young people")
@Produces(MediaType.APPLICATION_JSON)
public class YoungPeopleResource {

    /** The case-management system's reference: letters, digits, - and _, at most 64. */
    public static final String CASE_REF = "[A-Za-z0-9_-]{1,64}";
    static final String CASE_REF_MESSAGE = "must be 1 to 64 letters, digits, - or _";
    static final int MAX_PAGE_SIZE = 200;

    @Inject
    YoungPersonService service;

    @Inject
    CareEpisodeService episodes;

    @Inject
    YoungPeopleListService youngPeople;

    @Inject
    SecurityIdentity identity;

    @PUT
    @Path("/{caseRef}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "manager", "integration"})
    @Operation(summary = "Create or update a young person",
            description = "Idempotent upsert keyed by the case-management reference: 201 on create, 200 on update. "
                    + "Send If-Match with the ETag you read to avoid overwriting someone else's change (412).")
    // 201 only when it created the record (YoungPersonService calls AuditLog.created()), else 200
    @Audited("young-person.upsert")
    public Response upsert(
            @PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
            @Parameter(description = "The ETag of the version you read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") YoungPersonInput body,
            @Context UriInfo uri) {
        YoungPersonService.Upserted result = service.upsert(caseRef, body.toDetails(), ifMatch, Callers.of(identity));
        Response.ResponseBuilder response = result.created()
                ? Response.created(uri.getAbsolutePath())
                : Response.ok();
        return withETag(response, result.record()).entity(YoungPersonView.of(result.record())).build();
    }

    @GET
    @Path("/{caseRef}")
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration", "service"})
    @Operation(summary = "Read a young person with what the suite computes as of today",
            description = "Age, birthdays, today's care-leaver category and its timeline, the eligibility date, and the "
                    + "needs-assessment deadline and status (rules.md §1.2, NA-1, NA-6).")
    @Audited("young-person.read")
    public Response get(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef) {
        CaseRecord record = service.get(caseRef);
        return withETag(Response.ok(), record).entity(YoungPersonView.of(record)).build();
    }

    @GET
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration", "service"})
    @Operation(summary = "List young people, soonest needs-assessment deadline first",
            description = "Filters combine with AND; category and status are as of today. Due dates are inclusive and "
                    + "apply to a pending reassessment's deadline if there is one, else the first assessment's.")
    @Audited("young-people.list")
    public YoungPeoplePage list(
            @Parameter(description = "Today's category") @QueryParam("category") String category,
            @QueryParam("team") String team,
            @QueryParam("disabled") String disabled,
            @QueryParam("uasc") String uasc,
            @Parameter(description = "Today's needs-assessment status") @QueryParam("needsAssessmentStatus") String status,
            @Parameter(description = "Due on or before (YYYY-MM-DD)") @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "Due on or after (YYYY-MM-DD)") @QueryParam("dueAfter") String dueAfter,
            @Parameter(description = "PP-1: NOT_DUE, DUE, PLAN_OVERDUE, STARTED") @QueryParam("pathwayPlanStatus") String planStatus,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size) {
        YoungPersonFilter filter = new YoungPersonFilter(
                QueryParams.enumValue("category", category, CareLeaverCategory.class),
                team == null || team.isBlank() ? null : team.trim(),
                QueryParams.bool("disabled", disabled), QueryParams.bool("uasc", uasc),
                QueryParams.enumValue("needsAssessmentStatus", status, NeedsAssessmentStatus.class),
                QueryParams.date("dueBefore", dueBefore), QueryParams.date("dueAfter", dueAfter),
                QueryParams.enumValue("pathwayPlanStatus", planStatus, PlanStatus.class));
        int pageNumber = (int) QueryParams.longAtLeast("page", page, 0, 0, 1_000_000);
        int pageSize = (int) QueryParams.longAtLeast("size", size, 50, 1, MAX_PAGE_SIZE);
        return YoungPeoplePage.of(youngPeople.list(filter, pageNumber, pageSize));
    }

    @PUT
    @Path("/{caseRef}/care-episodes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "manager", "integration"})
    @Operation(summary = "Replace the young person's care episodes",
            description = "The whole list, as the case-management system holds it (SSDA903 codes, end exclusive). Any "
                    + "broken rule is a 422 naming episodes[i].field, and nothing is written.")
    @Audited("care-episodes.replace")
    public Response replaceEpisodes(
            @PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
            @Parameter(description = "The ETag of the young person you read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") CareEpisodesInput body) {
        CaseRecord record = episodes.replaceEpisodes(caseRef, body.toRecorded(), ifMatch, Callers.of(identity));
        return withETag(Response.ok(), record).entity(YoungPersonView.of(record)).build();
    }

    static Response.ResponseBuilder withETag(Response.ResponseBuilder response, CaseRecord record) {
        return response.tag(new EntityTag(String.valueOf(record.person().version)));
    }

    static Response.ResponseBuilder withETag(Response.ResponseBuilder response, String etag) {
        return response.tag(new EntityTag(etag.replace("\"", "")));
    }
}
