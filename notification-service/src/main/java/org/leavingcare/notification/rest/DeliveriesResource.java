package org.leavingcare.notification.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.notification.audit.Audited;
import org.leavingcare.notification.rest.api.DeliveryView;
import org.leavingcare.notification.service.webhook.Redelivery;
import org.leavingcare.notification.service.webhook.SubscriptionOwner;

@Path("/deliveries")
@Tag(name = "Webhook subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"integration", "manager"})
public class DeliveriesResource {

    @Inject
    Redelivery redelivery;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("/{id}/redelivery")
    @Audited("delivery.redeliver")
    @Operation(summary = "Send a delivered or dead-lettered delivery again",
            description = "Same webhook-id (receivers that deduplicate ignore it if they had it), a fresh retry "
                    + "schedule. 202; 409 if it is still waiting to be sent.")
    public Response redeliver(@PathParam("id") long id) {
        DeliveryView view = DeliveryView.of(redelivery.redeliver(id,
                new SubscriptionOwner(identity.getPrincipal().getName(), identity.hasRole("manager"))));
        return Response.accepted(view).build();
    }
}
