package org.leavingcare.notification.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.List;

/** One page of a change feed (docs/change-feeds.md); fields a producer adds later are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedPage(List<Event> events, long lastSequence, boolean hasMore) {

    public FeedPage {
        events = events == null ? List.of() : events;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(long sequence, String type, String caseRef, OffsetDateTime occurredAt, JsonNode data) {
    }
}
