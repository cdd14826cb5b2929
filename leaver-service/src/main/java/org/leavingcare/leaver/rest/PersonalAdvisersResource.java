package org.leavingcare.leaver.rest;

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
import org.leavingcare.leaver.audit.AuditContext;
import org.leavingcare.leaver.audit.Audited;
import org.leavingcare.leaver.repository.PersonalAdviser;
import org.leavingcare.leaver.rest.api.AdviserInput;
import org.leavingcare.leaver.rest.api.AdviserView;
import org.leavingcare.leaver.rest.api.CaseloadView;
import org.leavingcare.leaver.service.AdviserService;
import org.leavingcare.leaver.service.CaseloadService;

import java.util.List;

@Path("/personal-advisers")
@Tag(name = "Personal advisers")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalAdvisersResource {

    static final String ID = "[A-Za-z0-9_-]{1,64}";
    static final String ID_MESSAGE = "must be 1 to 64 letters, digits, - or _";

    @Inject
    AdviserService service;

    @Inject
    CaseloadService caseloads;

    @Inject
    AuditContext audit;

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Create or update a personal adviser",
            description = "Idempotent upsert keyed by the adviser's id: 201 on create, 200 on update. "
                    + "Send If-Match with the ETag you read to avoid overwriting someone else's change (412).")
    public Response upsert(@PathParam("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                           @Parameter(description = "The ETag of the version you read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") AdviserInput body,
                           @Context UriInfo uri) {
        AdviserService.Details details = new AdviserService.Details(body.name(), body.team(), body.capacity(),
                body.languages(), body.specialisms(), body.active());
        AdviserService.Upserted result = service.upsert(id, details, ifMatch);
        Response.ResponseBuilder response = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return withETag(response, result.adviser()).entity(AdviserView.of(result.adviser())).build();
    }

    @GET
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.MANAGER, Roles.IRO, Roles.INTEGRATION})
    @Operation(summary = "List personal advisers, by team and active flag, ordered by id")
    public List<AdviserView> list(@QueryParam("team") @Pattern(regexp = ID, message = ID_MESSAGE) String team,
                                  @QueryParam("active") Boolean active,
                                  @Parameter(description = "1..200, default 100") @QueryParam("limit") String limit,
                                  @Parameter(description = "How many to skip, default 0") @QueryParam("offset") String offset) {
        return service.list(team, active, (int) EventsResource.parse("limit", limit, 100, 1, Roles.MAX_PAGE),
                        (int) EventsResource.parse("offset", offset, 0, 0, Integer.MAX_VALUE))
                .stream().map(AdviserView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.MANAGER, Roles.IRO, Roles.INTEGRATION})
    @Operation(summary = "Read a personal adviser")
    public Response get(@PathParam("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
        PersonalAdviser adviser = service.get(id);
        return withETag(Response.ok(), adviser).entity(AdviserView.of(adviser)).build();
    }

    @GET
    @Path("/{id}/caseload")
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.MANAGER, Roles.IRO})
    @Operation(summary = "An adviser's young people and weighted caseload against capacity",
            description = "The capacity figures count the adviser's whole caseload (staff data); the young people "
                    + "listed are those in the caller's scope.")
    @Audited("caseload.read")
    public CaseloadView caseload(@PathParam("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
        CaseloadView caseload = CaseloadView.of(caseloads.caseload(id));
        audit.touched(caseload.youngPeople().stream().map(CaseloadView.Entry::caseRef).toList());
        return caseload;
    }

    static Response.ResponseBuilder withETag(Response.ResponseBuilder response, PersonalAdviser adviser) {
        return response.tag(new EntityTag(String.valueOf(adviser.version)));
    }
}
