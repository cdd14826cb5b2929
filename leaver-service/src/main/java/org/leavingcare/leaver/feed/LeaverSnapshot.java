package org.leavingcare.leaver.feed;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A young person's whole leaver state after a change, as every leaver event carries it
 * (docs/change-feeds.md). No names; dates of birth neither.
 */
@Schema(name = "LeaverSnapshot")
@JsonPropertyOrder({"caseRef", "team", "allocationDueOn", "adviserId", "allocatedOn", "lastSuccessfulContactOn",
        "lastFaceToFaceContactOn", "contactDueBy", "lostTouchAfter", "entitlementsExplainedOn", "entitlementsDueBy"})
public record LeaverSnapshot(String caseRef, String team, LocalDate allocationDueOn, String adviserId,
                             LocalDate allocatedOn, LocalDate lastSuccessfulContactOn,
                             LocalDate lastFaceToFaceContactOn, LocalDate contactDueBy, LocalDate lostTouchAfter,
                             LocalDate entitlementsExplainedOn, LocalDate entitlementsDueBy) {
}
