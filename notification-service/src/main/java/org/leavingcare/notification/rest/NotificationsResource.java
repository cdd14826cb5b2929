package org.leavingcare.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.notification.webhook.NotificationFeed;
import org.leavingcare.notification.webhook.QueryParams;

@Path("/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    NotificationFeed feed;

    @GET
    @RolesAllowed({"integration", "manager"})
    @Operation(summary = "Notifications in commit order, for systems that cannot receive webhooks",
            description = "Same protocol as every change feed: after (default 0, >= 0), limit (1..500, default 100); "
                    + "store lastSequence as your cursor and call again while hasMore. id is the webhook-id.")
    public NotificationFeed.Page notifications(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        return feed.after(QueryParams.after(after), QueryParams.limit(limit));
    }
}
