package org.leavingcare.pathway.rest;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.pathway.service.YoungPersonService;
import org.leavingcare.pathway.youngperson.YoungPerson;
import org.leavingcare.pathway.youngperson.YoungPersonInput;
import org.leavingcare.pathway.youngperson.YoungPersonView;

@Path("/young-people")
@Tag(name = "Young people")
@Produces(MediaType.APPLICATION_JSON)
public class YoungPeopleResource {

    /** The case-management system's reference: letters, digits, - and _, at most 64. */
    public static final String CASE_REF = "[A-Za-z0-9_-]{1,64}";
    static final String CASE_REF_MESSAGE = "must be 1 to 64 letters, digits, - or _";

    @Inject
    YoungPersonService service;

    @PUT
    @Path("/{caseRef}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "manager", "integration"})
    @Operation(summary = "Create or update a young person",
            description = "Idempotent upsert keyed by the case-management reference: 201 on create, 200 on update. "
                    + "Send If-Match with the ETag you read to avoid overwriting someone else's change (412).")
    public Response upsert(
            @PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
            @Parameter(description = "The ETag of the version you read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") YoungPersonInput body,
            @Context UriInfo uri) {
        YoungPersonService.Upserted result = service.upsert(caseRef, body, ifMatch);
        Response.ResponseBuilder response = result.created()
                ? Response.created(uri.getAbsolutePath())
                : Response.ok();
        return withETag(response, result.person()).entity(YoungPersonView.of(result.person())).build();
    }

    @GET
    @Path("/{caseRef}")
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration", "service"})
    @Operation(summary = "Read a young person with what the suite computes as of today")
    public Response get(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef) {
        YoungPerson person = service.get(caseRef);
        return withETag(Response.ok(), person).entity(YoungPersonView.of(person)).build();
    }

    static Response.ResponseBuilder withETag(Response.ResponseBuilder response, YoungPerson person) {
        return response.tag(new EntityTag(String.valueOf(person.version)));
    }
}
