package org.leavingcare.notification.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/**
 * The part of leaver-service's snapshot ({@code data.leaver}) this service reads.
 * {@code post21DecisionOn} (the recorded decision on support after 21, rule A14) is read when the
 * producer sends it; the contract does not have it yet.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LeaverSnapshot(
        String caseRef,
        String team,
        LocalDate allocationDueOn,
        String adviserId,
        LocalDate allocatedOn,
        LocalDate lastSuccessfulContactOn,
        LocalDate lastFaceToFaceContactOn,
        LocalDate contactDueBy,
        LocalDate lostTouchAfter,
        LocalDate entitlementsExplainedOn,
        LocalDate entitlementsDueBy,
        LocalDate post21DecisionOn) {
}
