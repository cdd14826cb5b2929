package org.leavingcare.leaver.rest.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** A page of the leaver feed (docs/change-feeds.md). */
@Schema(name = "LeaverEventPage")
public record EventPage(List<Event> events, long lastSequence, boolean hasMore) {

    @Schema(name = "LeaverEvent")
    public record Event(long sequence, String type, String caseRef, OffsetDateTime occurredAt,
                        @JsonRawValue @Schema(description = "{\"leaver\": the whole leaver snapshot after the change}",
                                implementation = Object.class) String data) {
    }
}
