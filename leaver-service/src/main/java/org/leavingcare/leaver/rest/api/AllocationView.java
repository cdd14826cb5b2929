package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.repository.Allocation;

import java.time.LocalDate;

@Schema(name = "Allocation", example = """
        {"id": 3, "caseRef": "CR-1001", "adviserId": "pa-7", "startedOn": "2026-02-01", "endedOn": null,
         "endReason": null, "overCapacity": false, "overrideReason": null, "allocatedBy": "m-1", "endedBy": null}""")
public record AllocationView(long id, String caseRef, String adviserId, LocalDate startedOn, LocalDate endedOn,
                             String endReason, boolean overCapacity, String overrideReason, String allocatedBy,
                             String endedBy) {

    public static AllocationView of(Allocation a) {
        return new AllocationView(a.id, a.caseRef, a.adviserId, a.startedOn, a.endedOn, a.endReason, a.overCapacity,
                a.overrideReason, a.allocatedBy, a.endedBy);
    }
}
