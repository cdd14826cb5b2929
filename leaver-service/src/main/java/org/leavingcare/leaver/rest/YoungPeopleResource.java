package org.leavingcare.leaver.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.leaver.audit.AuditFilters;
import org.leavingcare.leaver.audit.Audited;
import org.leavingcare.leaver.access.CurrentCaller;
import org.leavingcare.leaver.audit.CorrelationIds;
import org.leavingcare.leaver.client.FreshYoungPerson;
import org.leavingcare.leaver.client.PathwayClient;
import org.leavingcare.leaver.repository.Allocation;
import org.leavingcare.leaver.repository.Contact;
import org.leavingcare.leaver.repository.EntitlementsExplanation;
import org.leavingcare.leaver.rest.api.AllocationEndInput;
import org.leavingcare.leaver.rest.api.AllocationInput;
import org.leavingcare.leaver.rest.api.AllocationView;
import org.leavingcare.leaver.rest.api.CircumstancesInput;
import org.leavingcare.leaver.rest.api.ContactInput;
import org.leavingcare.leaver.rest.api.ContactView;
import org.leavingcare.leaver.rest.api.EntitlementsInput;
import org.leavingcare.leaver.rest.api.EntitlementsView;
import org.leavingcare.leaver.rest.api.LeaverView;
import org.leavingcare.leaver.rest.api.PersonalAdviserPosition;
import org.leavingcare.leaver.rest.api.Recommendations;
import org.leavingcare.leaver.service.AllocationService;
import org.leavingcare.leaver.service.CircumstancesService;
import org.leavingcare.leaver.service.ContactService;
import org.leavingcare.leaver.service.EntitlementsExplanationService;
import org.leavingcare.leaver.service.LeaverPosition;
import org.leavingcare.leaver.service.LeaverPositionService;
import org.leavingcare.leaver.service.RecommendationService;

import java.util.List;

@Path("/young-people/{caseRef}")
@Tag(name = "Young people")
@Produces(MediaType.APPLICATION_JSON)
public class YoungPeopleResource {

    @Inject
    LeaverPositionService positions;

    @Inject
    CircumstancesService circumstances;

    @Inject
    AllocationService allocations;

    @Inject
    RecommendationService recommendations;

    @Inject
    ContactService contacts;

    @Inject
    EntitlementsExplanationService explanations;

    @Inject
    PathwayClient pathway;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.MANAGER, Roles.IRO, Roles.INTEGRATION})
    @Operation(summary = "A young person's leaving-care position as of today, with their record from pathway-service",
            description = "Allocation, keeping-in-touch and entitlements dates and statuses. `pathwayRecord` is read "
                    + "fresh from pathway-service; when it does not answer in time it comes from leaver-service's "
                    + "projection with `possiblyStale: true`. The ETag is the version of the circumstances, for "
                    + "If-Match on `PUT .../circumstances`. Only an acknowledged explanation counts as "
                    + "`entitlementsExplainedOn`; from the end of the adviser duty (PA-3: the 21st birthday) "
                    + "`contactStatus` is `DUTY_ENDED`.")
    @Audited("young-person.read")
    public Response get(@PathParam("caseRef") @Pattern(regexp = Roles.CASE_REF, message = Roles.CASE_REF_MESSAGE) String caseRef) {
        // the tag first: a change in between makes it older than the view, so a PUT is refused, never lost
        String etag = circumstances.circumstancesETag(caseRef);
        LeaverPosition position = positions.position(caseRef);
        // the fresh read says whose request it serves and carries the correlation id (docs/access-and-audit.md)
        // who asked, when pathway-service can take it as X-On-Behalf-Of (a subject it would refuse is left out)
        String subject = caller.caller().subject();
        String onBehalfOf = AuditFilters.ON_BEHALF_OF_FORM.matcher(subject).matches() ? subject : null;
        FreshYoungPerson record = pathway.youngPerson(caseRef, CorrelationIds.current(), onBehalfOf);
        return withETag(Response.ok(), etag).entity(LeaverView.of(position, record)).build();
    }

    private static Response.ResponseBuilder withETag(Response.ResponseBuilder response, String etag) {
        return response.tag(new EntityTag(etag.substring(1, etag.length() - 1)));
    }

    @PUT
    @Path("/circumstances")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PERSONAL_ADVISER, Roles.MANAGER})
    @Operation(summary = "Record custody, parenthood, languages and a move into council-provided accommodation",
            description = "Custody and parenthood add to the caseload weight; languages match advisers; "
                    + "`councilAccommodationFrom` starts PA-6 visits (within 7 days, then every 2 months). "
                    + "Send If-Match with the ETag you read to avoid overwriting someone else's change (412).")
    @Audited("circumstances.update")
    public Response circumstances(@PathParam("caseRef") @Pattern(regexp = Roles.CASE_REF, message = Roles.CASE_REF_MESSAGE) String caseRef,
                                  @Parameter(description = "The ETag of the version you read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull(message = "a JSON body is required") CircumstancesInput body) {
        CircumstancesService.Circumstances recorded = new CircumstancesService.Circumstances(body.inCustody(),
                body.parent(), body.languages(), body.councilAccommodationFrom());
        String etag = circumstances.update(caseRef, recorded, ifMatch).circumstancesETag();
        return withETag(Response.ok(), etag).entity(LeaverView.of(positions.position(caseRef), null)).build();
    }

    @GET
    @Path("/personal-adviser")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.MANAGER, Roles.IRO})
    @Operation(summary = "The current personal adviser, the allocation status and the allocation history")
    @Audited("allocation.read")
    public PersonalAdviserPosition personalAdviser(@PathParam("caseRef") @Pattern(regexp = Roles.CASE_REF, message = Roles.CASE_REF_MESSAGE) String caseRef) {
        return PersonalAdviserPosition.of(allocations.position(caseRef));
    }

    @POST
    @Path("/personal-adviser")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PERSONAL_ADVISER, Roles.MANAGER})
    @Operation(summary = "Allocate or transfer to a personal adviser",
            description = "409 if the adviser is inactive, already allocated, or would go over capacity without "
                    + "`override: true` and an `overrideReason` (recorded; a manager only, 403 otherwise). A transfer "
                    + "ends the current allocation with `reason`.")
    @Audited(value = "allocation.create", successStatus = 201)
    public Response allocate(@PathParam("caseRef") @Pattern(regexp = Roles.CASE_REF, message = Roles.CASE_REF_MESSAGE) String caseRef,
                             @Valid @NotNull(message = "a JSON body is required") AllocationInput body,
                             @Context UriInfo uri) {
        AllocationService.NewAllocation allocation = new AllocationService.NewAllocation(body.adviserId(),
                body.startedOn(), body.reason(), body.override(), body.overrideReason());
        AllocationService.Allocated result = allocations.allocate(caseRef, allocation, user(),
                identity.hasRole(Roles.MANAGER));
        return Response.created(uri.getAbsolutePath()).entity(AllocationView.of(result.allocation())).build();
    }

    @POST
    @Path("/personal-adviser/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PERSONAL_ADVISER, Roles.MANAGER})
    @Operation(summary = "End the current allocation with a date and reason (PA-3)")
    @Audited("allocation.end")
    public AllocationView end(@PathParam("caseRef") @Pattern(regexp = Roles.CASE_REF, message = Roles.CASE_REF_MESSAGE) String caseRef,
                              @Valid @NotNull(message = "a JSON body is required") AllocationEndInput body) {
        Allocation ended = allocations.end(caseRef, body.endedOn(), body.reason(), user());
        return AllocationView.of(ended);
    }

    @GET
    @Path("/personal-adviser/recommendations")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.MANAGER, Roles.IRO})
    @Operation(summary = "Active advisers ranked for this young person, each with the reasons for its rank",
            description = "Advisers with room for the young person's weight first; then points for continuity, "
                    + "matching specialisms, the same team and a shared language; then remaining capacity.")
    @Audited("recommendations.read")
    public Recommendations recommendations(@PathParam("caseRef") @Pattern(regexp = Roles.CASE_REF, message = Roles.CASE_REF_MESSAGE) String caseRef) {
        return Recommendations.of(recommendations.recommendations(caseRef));
    }

    @GET
    @Path("/contacts")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.MANAGER, Roles.IRO})
    @Operation(summary = "Keeping-in-touch contacts and attempts, latest first")
    @Audited("contacts.read")
    public List<ContactView> contacts(@PathParam("caseRef") @Pattern(regexp = Roles.CASE_REF, message = Roles.CASE_REF_MESSAGE) String caseRef) {
        return contacts.contacts(caseRef).stream().map(ContactView::of).toList();
    }

    @POST
    @Path("/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PERSONAL_ADVISER, Roles.MANAGER})
    @Operation(summary = "Record a contact or an attempt (PA-5(g), PA-7)",
            description = "A date in the future is a 422.")
    @Audited(value = "contact.record", successStatus = 201)
    public Response recordContact(@PathParam("caseRef") @Pattern(regexp = Roles.CASE_REF, message = Roles.CASE_REF_MESSAGE) String caseRef,
                                  @Valid @NotNull(message = "a JSON body is required") ContactInput body,
                                  @Context UriInfo uri) {
        ContactService.NewContact recorded = new ContactService.NewContact(body.contactOn(), body.kind(),
                body.successful(), body.atAccommodation());
        Contact contact = contacts.record(caseRef, recorded, user());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(contact.id)).build())
                .entity(ContactView.of(contact)).build();
    }

    @GET
    @Path("/entitlements-explained")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.MANAGER, Roles.IRO})
    @Operation(summary = "When and how the local offer and rights were explained, latest first")
    @Audited("entitlements.read")
    public List<EntitlementsView> explanations(@PathParam("caseRef") @Pattern(regexp = Roles.CASE_REF, message = Roles.CASE_REF_MESSAGE) String caseRef) {
        return explanations.explanations(caseRef).stream().map(EntitlementsView::of).toList();
    }

    @POST
    @Path("/entitlements-explained")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PERSONAL_ADVISER, Roles.MANAGER})
    @Operation(summary = "Record that the local offer and rights were explained, how, and the acknowledgement")
    @Audited(value = "entitlements.explain", successStatus = 201)
    public Response explainEntitlements(@PathParam("caseRef") @Pattern(regexp = Roles.CASE_REF, message = Roles.CASE_REF_MESSAGE) String caseRef,
                                        @Valid @NotNull(message = "a JSON body is required") EntitlementsInput body,
                                        @Context UriInfo uri) {
        EntitlementsExplanationService.NewExplanation recorded = new EntitlementsExplanationService.NewExplanation(
                body.explainedOn(), body.method(), body.acknowledged());
        EntitlementsExplanation explanation = explanations.explain(caseRef, recorded, user());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(explanation.id)).build())
                .entity(EntitlementsView.of(explanation)).build();
    }

    /** Who recorded a change: the token's subject, as stored (at most 128 characters). */
    private String user() {
        String name = identity.getPrincipal().getName();
        return name.length() > 128 ? name.substring(0, 128) : name;
    }
}
