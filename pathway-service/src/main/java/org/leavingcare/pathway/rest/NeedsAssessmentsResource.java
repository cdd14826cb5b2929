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
import org.leavingcare.pathway.repository.ChangeOfCircumstance;
import org.leavingcare.pathway.rest.api.AssessmentInputs;
import org.leavingcare.pathway.rest.api.ChangeOfCircumstanceView;
import org.leavingcare.pathway.rest.api.NeedsAssessmentView;
import org.leavingcare.pathway.service.NeedsAssessmentService;
import org.leavingcare.pathway.service.RecordedAssessment;
import org.leavingcare.pathway.service.Written;

import java.util.List;

import static org.leavingcare.pathway.rest.YoungPeopleResource.CASE_REF;
import static org.leavingcare.pathway.rest.YoungPeopleResource.CASE_REF_MESSAGE;

@Path("/young-people/{caseRef}")
@Tag(name = "Needs assessments", description = "CPPCR reg 42 assessments at 16 and reassessments after a change")
@Produces(MediaType.APPLICATION_JSON)
public class NeedsAssessmentsResource {


    @Inject
    NeedsAssessmentService service;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("/needs-assessments")
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "integration"})
    @Operation(summary = "Start a needs assessment", description = "409 if one is already in progress.")
    @Audited(value = "needs-assessment.start", creates = true)
    public Response start(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                          @Parameter(description = "The ETag of the young person you read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid AssessmentInputs.Start body, @Context UriInfo uri) {
        Written<RecordedAssessment> written = service.start(caseRef, body == null ? null : body.startedOn(), ifMatch,
                Callers.of(identity));
        NeedsAssessmentView view = NeedsAssessmentView.of(written.body());
        return YoungPeopleResource.withETag(
                Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()),
                written.etag()).entity(view).build();
    }

    @GET
    @Path("/needs-assessments")
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration", "service"})
    @Operation(summary = "List the young person's needs assessments, oldest first")
    @Audited("needs-assessments.read")
    public List<NeedsAssessmentView> list(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef) {
        return service.list(caseRef).stream().map(NeedsAssessmentView::of).toList();
    }

    @GET
    @Path("/needs-assessments/{id}")
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration", "service"})
    @Operation(summary = "Read a needs assessment with its sections and what is still missing")
    @Audited("needs-assessment.read")
    public NeedsAssessmentView get(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                                   @PathParam("id") long id) {
        return NeedsAssessmentView.of(service.get(caseRef, id));
    }

    @PUT
    @Path("/needs-assessments/{id}/sections/{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "integration"})
    @Operation(summary = "Write one section of an assessment in progress",
            description = "Sections are those of CPPCR reg 42(2); ASYLUM_OR_TRAFFICKING_NEEDS is required for a UASC. "
                    + "409 once the assessment is completed.")
    @Audited("needs-assessment.update-section")
    public Response putSection(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                               @PathParam("id") long id,
                               @Parameter(description = "HEALTH_AND_DEVELOPMENT, EDUCATION_TRAINING_EMPLOYMENT, ASYLUM_OR_TRAFFICKING_NEEDS, "
                                       + "FAMILY_AND_CONNECTED_PEOPLE, FINANCES, INDEPENDENT_LIVING_SKILLS, "
                                       + "CONTINUING_CARE_SUPPORT_ACCOMMODATION, WISHES_AND_FEELINGS, VIEWS_OF_OTHERS")
                               @PathParam("section") String section,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull(message = "a JSON body is required") AssessmentInputs.SectionInput body) {
        Written<RecordedAssessment> written = service.putSection(caseRef, id, section, body.summary(), ifMatch,
                Callers.of(identity));
        return YoungPeopleResource.withETag(Response.ok(), written.etag()).entity(NeedsAssessmentView.of(written.body())).build();
    }

    @POST
    @Path("/needs-assessments/{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "integration"})
    @Operation(summary = "Complete an assessment",
            description = "Records who completed it and when; a 422 lists the required sections still missing.")
    @Audited("needs-assessment.complete")
    public Response complete(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                             @PathParam("id") long id,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull(message = "a JSON body is required") AssessmentInputs.Completion body) {
        Written<RecordedAssessment> written = service.complete(caseRef, id, body.riskRating(), body.narrative(),
                body.completedOn(), ifMatch, Callers.of(identity));
        return YoungPeopleResource.withETag(Response.ok(), written.etag()).entity(NeedsAssessmentView.of(written.body())).build();
    }

    @POST
    @Path("/changes-of-circumstance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "integration"})
    @Operation(summary = "Record a significant change of circumstance",
            description = "Makes a reassessment due within the configured days (rules.md NA-6) if an assessment was "
                    + "completed before the change, until a newer one is completed.")
    @Audited(value = "change-of-circumstance.record", creates = true)
    public Response recordChange(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull(message = "a JSON body is required") AssessmentInputs.Change body,
                                 @Context UriInfo uri) {
        Written<ChangeOfCircumstance> written = service.recordChange(caseRef, body.kind(), body.occurredOn(), body.summary(),
                ifMatch, Callers.of(identity));
        ChangeOfCircumstanceView view = ChangeOfCircumstanceView.of(written.body());
        return YoungPeopleResource.withETag(
                Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()),
                written.etag()).entity(view).build();
    }

    @GET
    @Path("/changes-of-circumstance")
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration", "service"})
    @Operation(summary = "List the recorded changes of circumstance, oldest first")
    @Audited("changes-of-circumstance.read")
    public List<ChangeOfCircumstanceView> changes(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef) {
        return service.changes(caseRef).stream().map(ChangeOfCircumstanceView::of).toList();
    }
}
