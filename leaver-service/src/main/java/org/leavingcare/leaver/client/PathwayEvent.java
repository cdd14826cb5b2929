package org.leavingcare.leaver.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** One event of pathway-service's feed; {@code data.youngPerson} is the whole snapshot. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PathwayEvent(long sequence, String type, String caseRef, String occurredAt, JsonNode data) {
}
