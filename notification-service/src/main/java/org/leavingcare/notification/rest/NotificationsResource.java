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
import org.leavingcare.notification.access.Callers;
import org.leavingcare.notification.audit.AuditContext;
import org.leavingcare.notification.audit.Audited;
import org.leavingcare.notification.feed.NotificationFeed;
import org.leavingcare.notification.webhook.QueryParams;

@Path("/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    NotificationFeed feed;

    @Inject
    Callers callers;

    @Inject
    AuditContext audit;

    @GET
    @RolesAllowed({"integration", "manager"})
    @Audited("notifications.read")
    @Operation(summary = "Notifications in commit order, for systems that cannot receive webhooks",
            description = "Same protocol as every change feed: after (default 0, >= 0), limit (1..500, default 100); "
                    + "store lastSequence as your cursor and call again while hasMore. id is the webhook-id. "
                    + "A manager sees notifications about young people in their scope only.")
    public NotificationFeed.Page notifications(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        audit.skipWhenEmpty();
        NotificationFeed.Page page = feed.after(QueryParams.after(after), QueryParams.limit(limit), callers.scope());
        page.events().forEach(e -> audit.touched(e.caseRef()));
        return page;
    }
}
