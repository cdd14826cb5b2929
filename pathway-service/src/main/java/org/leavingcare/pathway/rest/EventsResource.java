package org.leavingcare.pathway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leavingcare.pathway.audit.AuditLog;
import org.leavingcare.pathway.audit.Audited;
import org.leavingcare.pathway.feed.ChangeFeed;
import org.leavingcare.pathway.feed.FeedEvent;
import org.leavingcare.pathway.feed.FeedPage;

@Path("/events")
@Tag(name = "Change feed")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    ChangeFeed feed;

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed("service")
    @Operation(summary = "Read the change feed in commit order",
            description = "docs/change-feeds.md: every event carries the young person's whole snapshot after the "
                    + "change. Store lastSequence and pass it as after next time; hasMore says another page is ready.")
    @Audited(value = "events.read", skipEmpty = true)
    public FeedPage events(@Parameter(description = "The last sequence already read (default 0)") @QueryParam("after") String after,
                           @Parameter(description = "At most this many events, 1 to 500 (default 100)") @QueryParam("limit") String limit) {
        FeedPage page = feed.read(QueryParams.longAtLeast("after", after, 0, 0, Long.MAX_VALUE),
                (int) QueryParams.longAtLeast("limit", limit, 100, 1, 500));
        audit.touched(page.events().stream().map(FeedEvent::caseRef).toList());
        return page;
    }
}
