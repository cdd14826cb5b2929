package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.service.CaseloadService;

import java.time.LocalDate;
import java.util.List;

/** An adviser's current caseload in weighted points. */
@Schema(name = "Caseload", example = """
        {"adviserId": "pa-7", "capacity": 20, "weightedTotal": 5, "remainingCapacity": 15,
         "youngPeople": [{"caseRef": "CR-1001", "weight": 3, "allocatedOn": "2026-02-01"}]}""")
public record CaseloadView(String adviserId, int capacity, int weightedTotal, int remainingCapacity,
                           List<Entry> youngPeople) {

    public static CaseloadView of(CaseloadService.Caseload c) {
        return new CaseloadView(c.adviserId(), c.capacity(), c.weightedTotal(), c.remainingCapacity(),
                c.youngPeople().stream().map(y -> new Entry(y.caseRef(), y.weight(), y.allocatedOn())).toList());
    }

    @Schema(name = "CaseloadEntry")
    public record Entry(String caseRef, int weight, LocalDate allocatedOn) {
    }
}
