package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.domain.AllocationStatus;
import org.leavingcare.leaver.service.AllocationService;

import java.time.LocalDate;
import java.util.List;

/** A young person's current adviser, the allocation status and the whole allocation history. */
@Schema(name = "PersonalAdviserPosition", example = """
        {"caseRef": "CR-1001", "allocationDueOn": "2027-11-14", "allocationStatus": "ALLOCATED",
         "current": {"id": 3, "caseRef": "CR-1001", "adviserId": "pa-7", "startedOn": "2026-02-01", "endedOn": null,
           "endReason": null, "overCapacity": false, "overrideReason": null, "allocatedBy": "m-1", "endedBy": null},
         "history": []}""")
public record PersonalAdviserPosition(String caseRef, LocalDate allocationDueOn, AllocationStatus allocationStatus,
                                      AllocationView current, List<AllocationView> history) {

    public static PersonalAdviserPosition of(AllocationService.Position p) {
        return new PersonalAdviserPosition(p.caseRef(), p.allocationDueOn(), p.allocationStatus(),
                p.current() == null ? null : AllocationView.of(p.current()),
                p.history().stream().map(AllocationView::of).toList());
    }
}
