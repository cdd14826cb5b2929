package org.leavingcare.leaver.service;

import org.leavingcare.leaver.domain.AllocationStatus;
import org.leavingcare.leaver.domain.Category;
import org.leavingcare.leaver.domain.ContactStatus;
import org.leavingcare.leaver.domain.EntitlementsStatus;

import java.time.LocalDate;
import java.util.List;

/** A young person's leaving-care position as of the service clock: dates, statuses and circumstances. */
public record LeaverPosition(String caseRef, String team, Category category, LocalDate allocationDueOn,
                             AllocationStatus allocationStatus, String adviserId, LocalDate allocatedOn, int weight,
                             LocalDate lastSuccessfulContactOn, LocalDate lastFaceToFaceContactOn,
                             LocalDate contactDueBy, LocalDate lostTouchAfter, ContactStatus contactStatus,
                             LocalDate entitlementsExplainedOn, LocalDate entitlementsDueBy,
                             EntitlementsStatus entitlementsStatus, boolean inCustody, boolean parent,
                             List<String> languages, LocalDate councilAccommodationFrom) {
}
