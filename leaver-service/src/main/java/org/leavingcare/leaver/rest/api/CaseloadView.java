package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** An adviser's current caseload in weighted points. */
@Schema(name = "Caseload", example = """
        {"adviserId": "pa-7", "capacity": 20, "weightedTotal": 5, "remainingCapacity": 15,
         "youngPeople": [{"caseRef": "CR-1001", "weight": 3, "allocatedOn": "2026-02-01"}]}""")
public record CaseloadView(String adviserId, int capacity, int weightedTotal, int remainingCapacity,
                           List<Entry> youngPeople) {

    @Schema(name = "CaseloadEntry")
    public record Entry(String caseRef, int weight, LocalDate allocatedOn) {
    }
}
