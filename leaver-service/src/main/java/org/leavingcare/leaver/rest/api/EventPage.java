package org.leavingcare.leaver.rest.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** A page of the leaver feed (docs/change-feeds.md). */
@Schema(name = "LeaverEventPage", example = """
        {"events": [{"sequence": 41, "type": "contact.recorded", "caseRef": "CR-1001", "occurredAt": "2026-03-01T10:15:30Z",
          "data": {"leaver": {"caseRef": "CR-1001", "team": "north", "allocationDueOn": "2027-11-14", "adviserId": "pa-7",
            "allocatedOn": "2026-02-01", "lastSuccessfulContactOn": "2026-02-27", "lastFaceToFaceContactOn": "2026-02-27",
            "contactDueBy": "2026-04-24", "lostTouchAfter": "2026-05-27", "entitlementsExplainedOn": null,
            "entitlementsDueBy": "2027-05-14"}}}], "lastSequence": 41, "hasMore": false}""")
public record EventPage(List<Event> events, long lastSequence, boolean hasMore) {

    @Schema(name = "LeaverEvent")
    public record Event(long sequence, String type, String caseRef, OffsetDateTime occurredAt,
                        @JsonRawValue @Schema(description = "{\"leaver\": the whole leaver snapshot after the change}",
                                implementation = Object.class) String data) {
    }
}
