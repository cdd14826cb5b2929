package org.leavingcare.pathway.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.pathway.audit.Audited;
import org.leavingcare.pathway.repository.AdultTransition;
import org.leavingcare.pathway.repository.Immigration;
import org.leavingcare.pathway.rest.api.AdultTransitionInput;
import org.leavingcare.pathway.rest.api.AdultTransitionView;
import org.leavingcare.pathway.rest.api.ImmigrationInput;
import org.leavingcare.pathway.rest.api.ImmigrationView;
import org.leavingcare.pathway.service.TransitionFactsService;
import org.leavingcare.pathway.service.Written;

import static org.leavingcare.pathway.rest.YoungPeopleResource.CASE_REF;
import static org.leavingcare.pathway.rest.YoungPeopleResource.CASE_REF_MESSAGE;

@Path("/young-people/{caseRef}")
@Tag(name = "Transition facts", description = "Immigration (UASC) and adult-transition (disabled young people) facts")
@Produces(MediaType.APPLICATION_JSON)
public class TransitionFactsResource {

    @Inject
    TransitionFactsService service;

    @Inject
    SecurityIdentity identity;

    @PUT
    @Path("/immigration")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "integration"})
    @Operation(summary = "Record the young person's immigration facts",
            description = "Replaces what was recorded. Dates may not be in the future (except the leave expiry) nor "
                    + "before the date first identified; limited leave needs an expiry date.")
    @Audited("immigration.update")
    public Response putImmigration(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull(message = "a JSON body is required") ImmigrationInput body) {
        Written<Immigration> written = service.putImmigration(caseRef, body.toFacts(), ifMatch, Callers.of(identity));
        return YoungPeopleResource.withETag(Response.ok(), written.etag()).entity(ImmigrationView.of(written.body())).build();
    }

    @PUT
    @Path("/adult-transition")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "integration"})
    @Operation(summary = "Record the young person's adult-transition facts",
            description = "Replaces what was recorded; likelyAdultCareNeeds and ehcp also update the young person. "
                    + "The Care Act assessment cannot precede the referral, nor the decision the assessment.")
    @Audited("adult-transition.update")
    public Response putAdultTransition(@PathParam("caseRef") @Pattern(regexp = CASE_REF, message = CASE_REF_MESSAGE) String caseRef,
                                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                       @Valid @NotNull(message = "a JSON body is required") AdultTransitionInput body) {
        Written<AdultTransition> written = service.putAdultTransition(caseRef, body.toFacts(), ifMatch, Callers.of(identity));
        return YoungPeopleResource.withETag(Response.ok(), written.etag()).entity(AdultTransitionView.of(written.body())).build();
    }
}
