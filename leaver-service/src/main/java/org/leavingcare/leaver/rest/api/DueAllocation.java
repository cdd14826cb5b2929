package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.domain.AllocationStatus;
import org.leavingcare.leaver.domain.Category;
import org.leavingcare.leaver.service.DueListService;

import java.time.LocalDate;

/** A young person due or overdue a personal adviser. */
@Schema(name = "DueAllocation", example = """
        {"caseRef": "CR-1001", "team": "north", "category": "ELIGIBLE", "allocationDueOn": "2026-02-14",
         "allocationStatus": "OVERDUE", "weight": 3}""")
public record DueAllocation(String caseRef, String team, Category category, LocalDate allocationDueOn,
                            AllocationStatus allocationStatus, int weight) {

    public static DueAllocation of(DueListService.DueYoungPerson d) {
        return new DueAllocation(d.caseRef(), d.team(), d.category(), d.allocationDueOn(), d.allocationStatus(),
                d.weight());
    }
}
