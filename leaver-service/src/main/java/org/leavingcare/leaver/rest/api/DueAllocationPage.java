package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the due list; {@code total} counts the young people in the caller's scope that match the filter. */
@Schema(name = "DueAllocationPage", example = """
        {"items": [{"caseRef": "CR-1001", "team": "north", "category": "ELIGIBLE", "allocationDueOn": "2026-02-14",
         "allocationStatus": "OVERDUE", "weight": 3}], "total": 1, "limit": 100, "offset": 0}""")
public record DueAllocationPage(List<DueAllocation> items, long total, int limit, int offset) {
}
