package org.leavingcare.notification.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.notification.access.Callers;
import org.leavingcare.notification.rest.api.DeliveryView;
import org.leavingcare.notification.rest.api.EventType;
import org.leavingcare.notification.rest.api.RotatedSecret;
import org.leavingcare.notification.rest.api.SubscriptionFilters;
import org.leavingcare.notification.rest.api.SubscriptionInput;
import org.leavingcare.notification.rest.api.SubscriptionView;
import org.leavingcare.notification.service.webhook.DeliveryHistory;
import org.leavingcare.notification.service.webhook.SubscriptionOwner;
import org.leavingcare.notification.service.webhook.SubscriptionService;
import org.leavingcare.notification.webhook.QueryParams;

import java.util.List;

@Path("/subscriptions")
@Tag(name = "Webhook subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"integration", "manager"})
public class SubscriptionsResource {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    DeliveryHistory deliveries;

    @Inject
    SecurityIdentity identity;

    @Inject
    Callers callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a URL to notifications",
            description = "Answers 201 with the subscription and its signing secret (whsec_...), shown this once only. "
                    + "The URL must be https and must not point to a private, loopback or link-local address (422).")
    public Response create(@Valid @NotNull(message = "a JSON body is required") SubscriptionInput body,
                           @Context UriInfo uri) {
        SubscriptionService.Created made = subscriptions.create(request(body), caller(), callers.current());
        SubscriptionView created = SubscriptionView.of(made.subscription(), made.secret());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List subscriptions (an integration client sees its own; a manager sees all)")
    public List<SubscriptionView> list() {
        return subscriptions.list(caller()).stream().map(SubscriptionView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a subscription (never its secret)")
    public SubscriptionView get(@PathParam("id") long id) {
        return SubscriptionView.of(subscriptions.get(id, caller()));
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Pause deliveries; notifications are queued until resumed")
    public SubscriptionView pause(@PathParam("id") long id) {
        return SubscriptionView.of(subscriptions.pause(id, caller()));
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume a paused or disabled subscription; queued deliveries are sent")
    public SubscriptionView resume(@PathParam("id") long id) {
        return SubscriptionView.of(subscriptions.resume(id, caller()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a subscription with its deliveries")
    public Response delete(@PathParam("id") long id) {
        subscriptions.delete(id, caller());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret-rotation")
    @Operation(summary = "Issue a new signing secret",
            description = "The new secret is shown once. Until previousSecretsExpireAt, every webhook is signed with "
                    + "the new and the previous secrets (space-separated signatures), so receivers can switch over.")
    public RotatedSecret rotate(@PathParam("id") long id) {
        SubscriptionService.Rotation rotation = subscriptions.rotateSecret(id, caller());
        return new RotatedSecret(rotation.secret(), rotation.previousSecretsExpireAt());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Deliveries to this subscription with every attempt (time, status code, latency, error)",
            description = "In id order; pass lastId as after for the next page. limit 1..500, default 100.")
    public DeliveryView.Page deliveries(@PathParam("id") long id, @QueryParam("after") String after,
                                        @QueryParam("limit") String limit) {
        return DeliveryView.Page.of(deliveries.deliveries(id, caller(), QueryParams.after(after),
                QueryParams.limit(limit)));
    }

    private static SubscriptionService.NewSubscription request(SubscriptionInput body) {
        SubscriptionFilters filters = body.filters();
        return new SubscriptionService.NewSubscription(body.url(), body.eventTypes().stream().map(EventType::wire).toList(),
                filters == null ? null : filters.team(), filters == null ? null : filters.rule(),
                filters == null ? null : filters.disabled(), filters == null ? null : filters.uasc(),
                body.description());
    }

    SubscriptionOwner caller() {
        return new SubscriptionOwner(identity.getPrincipal().getName(), identity.hasRole("manager"));
    }
}
