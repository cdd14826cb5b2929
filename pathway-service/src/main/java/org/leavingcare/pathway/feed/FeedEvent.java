package org.leavingcare.pathway.feed;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One event of the change feed; {@code data} is {@code {"youngPerson": snapshot}}. */
@Schema(name = "FeedEvent", example = """
        {"sequence": 41, "type": "young-person.upserted", "caseRef": "CR-1001", "occurredAt": "2026-03-01T10:15:30Z",
         "data": {"youngPerson": {"caseRef": "CR-1001", "dateOfBirth": "2010-05-14"}}}""")
public record FeedEvent(long sequence, String type, String caseRef, Instant occurredAt,
                        @JsonRawValue @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) String data) {
}
