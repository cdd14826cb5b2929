package org.leavingcare.pathway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * A page of leaver-service's feed. Only what access scope needs is read; other properties are ignored, so that
 * leaver-service can add fields without breaking this consumer (the service otherwise refuses unknown JSON).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LeaverFeedPage(List<Event> events, long lastSequence, boolean hasMore) {

    public LeaverFeedPage {
        events = events == null ? List.of() : events;
    }

    /** One event: its sequence, type, young person and {@code data.leaver}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(long sequence, String type, String caseRef, Data data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Data(Leaver leaver) {
    }

    /** The leaver snapshot, reduced to the current adviser. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Leaver(String caseRef, String adviserId) {
    }
}
