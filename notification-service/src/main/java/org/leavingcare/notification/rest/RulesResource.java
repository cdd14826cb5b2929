package org.leavingcare.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.notification.domain.rules.RuleCatalogue;
import org.leavingcare.notification.problem.ApiProblem;
import org.leavingcare.notification.rest.api.RuleView;

import java.util.List;

@Path("/rules")
@Tag(name = "Rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    @Inject
    RuleCatalogue catalogue;

    @GET
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration", "service"})
    @Operation(summary = "The rule catalogue",
            description = "Every transition rule this service alerts on: who it applies to, the condition in plain words, "
                    + "its severities, the parameters configured for this authority and its source in the regulations "
                    + "(rules.md ids) or local policy.")
    public List<RuleView> list() {
        return catalogue.rules().stream().map(RuleView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"social-worker", "personal-adviser", "manager", "iro", "integration", "service"})
    @Operation(summary = "One rule of the catalogue")
    public RuleView get(@PathParam("id") String id) {
        return catalogue.find(id).map(RuleView::of)
                .orElseThrow(() -> ApiProblem.notFound("No rule with id " + id));
    }
}
