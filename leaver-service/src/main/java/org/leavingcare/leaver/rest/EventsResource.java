package org.leavingcare.leaver.rest;

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
import org.leavingcare.leaver.audit.AuditContext;
import org.leavingcare.leaver.audit.Audited;
import org.leavingcare.leaver.feed.LeaverFeed;
import org.leavingcare.leaver.problem.ApiProblem;
import org.leavingcare.leaver.repository.LeaverEventRepository;
import org.leavingcare.leaver.rest.api.EventPage;

import java.util.List;

@Path("/events")
@Tag(name = "Change feed")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    LeaverFeed feed;

    @Inject
    AuditContext audit;

    @GET
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "The leaver change feed, in commit order",
            description = "Every event carries the young person's whole leaver snapshot in `data.leaver`. Store "
                    + "`lastSequence` and ask again with `after` set to it (docs/change-feeds.md).")
    @Audited(value = "events.read", nothingWhenEmpty = true)
    public EventPage events(@Parameter(description = "Sequence to read after (default 0)") @QueryParam("after") String after,
                            @Parameter(description = "1..500, default 100") @QueryParam("limit") String limit) {
        long from = parse("after", after, 0, 0, Long.MAX_VALUE);
        int size = (int) parse("limit", limit, 100, 1, 500);
        List<LeaverEventRepository.StoredEvent> rows = feed.after(from, size);
        boolean hasMore = rows.size() > size;
        List<EventPage.Event> events = rows.stream().limit(size)
                .map(e -> new EventPage.Event(e.sequence(), e.type(), e.caseRef(), e.occurredAt(), e.data()))
                .toList();
        // one audit row per young person in the page; an empty page writes none
        audit.touched(events.stream().map(EventPage.Event::caseRef).distinct().toList());
        long last = events.isEmpty() ? from : events.get(events.size() - 1).sequence();
        return new EventPage(events, last, hasMore);
    }

    static long parse(String name, String value, long fallback, long min, long max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.badRequest(name, max == Long.MAX_VALUE ? "must be a whole number of at least " + min
                : "must be a whole number from " + min + " to " + max);
    }
}
