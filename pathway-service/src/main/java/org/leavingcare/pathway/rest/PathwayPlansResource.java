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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.pathway.audit.Audited;
import org.leavingcare.pathway.rest.api.PathwayPlanContent;
import org.leavingcare.pathway.rest.api.PathwayPlanView;
import org.leavingcare.pathway.rest.api.PlanInputs;
import org.leavingcare.pathway.service.CaseRecord;
import org.leavingcare.pathway.service.PathwayPlanService;
import org.leavingcare.pathway.service.Written;

import java.util.List;

import static org.leavingcare.pathway.rest.YoungPeopleResource.CASE_REF;
import static org.leavingcare.pathway.rest.YoungPeopleResource.CASE_REF_MESSAGE;

@Tag(name = "Pathway plans", description = "Plans, agreed versions, the young person's voice, reviews, the IRO, disputes")
@Produces(MediaType.APPLICATION_JSON)
@Path("/young-people/{caseRef}/pathway-plans")
public class PathwayPlansResource {

    static final String PLAN = "/{id}";

    @Inject
    PathwayPlanService service;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "integration"})
    @Operation(summary = "Make a pathway plan from the completed needs assessment",
            description = "422 if no assessment is completed; 409 if the young person already has a plan.")
    @Audited(value = "pathway-plan.create", creates = true)
    public Response create(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                           @Valid @NotNull(message = "a JSON body is required") PathwayPlanContent body, @Context UriInfo uri) {
        Written<CaseRecord> written = service.create(caseRef, body.toContent(), Callers.of(identity));
        PathwayPlanView view = PathwayPlanView.of(written.body());
        return YoungPeopleResource.withETag(
                Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()),
                written.etag()).entity(view).build();
    }

    @GET
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration", "service"})
    @Operation(summary = "The young person's pathway plan (a list of at most one)")
    @Audited("pathway-plans.read")
    public List<PathwayPlanView> list(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef) {
        return service.list(caseRef).stream().map(PathwayPlanView::of).toList();
    }

    @GET
    @Path(PLAN)
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration", "service"})
    @Operation(summary = "Read a pathway plan with its review schedule, signature and IRO position as of today")
    @Audited("pathway-plan.read")
    public Response get(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                        @PathParam("id") long id) {
        PathwayPlanView view = PathwayPlanView.of(service.get(caseRef, id));
        return YoungPeopleResource.withETag(Response.ok(), String.valueOf(view.version())).entity(view).build();
    }

    @PUT
    @Path(PLAN)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "integration"})
    @Operation(summary = "Change the plan's working copy",
            description = "Send If-Match with the plan's ETag (412 if someone changed it since). An agreed plan returns "
                    + "to DRAFT until the new version is agreed; agreed versions are kept.")
    @Audited("pathway-plan.update")
    public Response update(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                           @PathParam("id") long id,
                           @Parameter(description = "The plan's ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") PathwayPlanContent body) {
        return answer(service.update(caseRef, id, body.toContent(), ifMatch, Callers.of(identity)));
    }

    @POST
    @Path(PLAN + "/agreement")
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "integration"})
    @Operation(summary = "Agree the working copy as the next version",
            description = "422 listing what is missing: every statutory section, the accommodation suitability and, "
                    + "without settled immigration status, the triple plan (UASC-7). 409 if already agreed.")
    @Audited("pathway-plan.agree")
    public Response agree(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                          @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid PlanInputs.Agreement body) {
        return answer(service.agree(caseRef, id, body == null ? null : body.agreedOn(), ifMatch, Callers.of(identity)));
    }

    @GET
    @Path(PLAN + "/versions")
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration", "service"})
    @Operation(summary = "Every agreed version, oldest first")
    @Audited("pathway-plan-versions.read")
    public List<PathwayPlanView.VersionView> versions(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                                                      @PathParam("id") long id) {
        return service.versions(caseRef, id).stream().map(PathwayPlanView.VersionView::of).toList();
    }

    @GET
    @Path(PLAN + "/versions/{number}")
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration", "service"})
    @Operation(summary = "One agreed version")
    @Audited("pathway-plan-version.read")
    public PathwayPlanView.VersionView version(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                                               @PathParam("id") long id, @PathParam("number") int number) {
        return PathwayPlanView.VersionView.of(service.version(caseRef, id, number));
    }

    @POST
    @Path(PLAN + "/young-person-response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "integration"})
    @Operation(summary = "Record the young person's part, views, agreement and signature (or why they did not sign)")
    @Audited("pathway-plan.young-person-response")
    public Response respond(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull(message = "a JSON body is required") PlanInputs.Response body) {
        return answer(service.respond(caseRef, id, body.toResponse(), ifMatch, Callers.of(identity)));
    }

    @POST
    @Path(PLAN + "/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration"})
    @Operation(summary = "Record a review of the plan (PP-5, PP-6)")
    @Audited("pathway-plan.review")
    public Response review(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                           @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") PlanInputs.Review body) {
        return answer(service.review(caseRef, id, body.toReview(), ifMatch, Callers.of(identity)));
    }

    @POST
    @Path(PLAN + "/review-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "integration"})
    @Operation(summary = "Record a request for a review: due within the configured working days (PP-6)")
    @Audited("pathway-plan.request-review")
    public Response requestReview(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                                  @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull(message = "a JSON body is required") PlanInputs.ReviewRequest body) {
        return answer(service.requestReview(caseRef, id, body.requestedOn(), body.requestedBy(), ifMatch,
                Callers.of(identity)));
    }

    @POST
    @Path(PLAN + "/iro-agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("iro")
    @Operation(summary = "The IRO agrees the plan or challenges it with a reason",
            description = "A challenge still open after the configured working days is shown as escalated.")
    @Audited("pathway-plan.iro-decision")
    public Response iro(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                        @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull(message = "a JSON body is required") PlanInputs.Iro body) {
        return answer(service.iroDecision(caseRef, id, body.decision(), body.decidedOn(), body.reason(), ifMatch,
                Callers.of(identity)));
    }

    @POST
    @Path(PLAN + "/disputes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration"})
    @Operation(summary = "Record a disagreement or complaint and its stage (PP-10)")
    @Audited("pathway-plan.dispute")
    public Response dispute(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull(message = "a JSON body is required") PlanInputs.Dispute body) {
        return answer(service.dispute(caseRef, id, body.toDispute(), ifMatch, Callers.of(identity)));
    }

    private static Response answer(Written<CaseRecord> written) {
        return YoungPeopleResource.withETag(Response.ok(), written.etag()).entity(PathwayPlanView.of(written.body())).build();
    }
}
