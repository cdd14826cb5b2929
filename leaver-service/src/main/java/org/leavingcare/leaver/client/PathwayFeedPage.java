package org.leavingcare.leaver.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A page of pathway-service's feed (docs/change-feeds.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PathwayFeedPage(List<PathwayEvent> events, long lastSequence, boolean hasMore) {

    public PathwayFeedPage {
        events = events == null ? List.of() : events;
    }
}
