package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.policy.AllocationStatus;

import java.time.LocalDate;
import java.util.List;

/** A young person's current adviser, the allocation status and the whole allocation history. */
@Schema(name = "PersonalAdviserPosition")
public record PersonalAdviserPosition(String caseRef, LocalDate allocationDueOn, AllocationStatus allocationStatus,
                                      AllocationView current, List<AllocationView> history) {
}
