package org.leavingcare.leaver.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PA-7 / PA-8: the keeping-in-touch clock runs from the start of the unbroken run of advisers. */
class AdviserRunTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // name | allocations as start:end;... (the last one open) | run starts
            "one allocation                      | 2026-01-10:                                   | 2026-01-10",
            "a transfer continues the run        | 2025-10-01:2026-01-10;2026-01-10:              | 2025-10-01",
            "two transfers                       | 2025-06-01:2025-10-01;2025-10-01:2026-01-10;2026-01-10: | 2025-06-01",
            "a same-day transfer                 | 2026-01-10:2026-01-10;2026-01-10:              | 2026-01-10",
            "a gap of a day starts a new run     | 2025-10-01:2026-01-09;2026-01-10:              | 2026-01-10",
            "a gap before the transfers          | 2025-01-01:2025-05-01;2025-06-01:2025-10-01;2025-10-01: | 2025-06-01",
    })
    void theRunStartsAtTheFirstAllocationWithoutAGap(String name, String allocations, LocalDate expected) {
        List<AdviserRun.AllocationSpan> history = new ArrayList<>();
        AdviserRun.AllocationSpan current = null;
        for (String part : allocations.split(";")) {
            String[] dates = part.trim().split(":", -1);
            AdviserRun.AllocationSpan a = new AdviserRun.AllocationSpan(LocalDate.parse(dates[0]),
                    dates[1].isBlank() ? null : LocalDate.parse(dates[1]));
            history.add(a);
            if (a.endedOn() == null) {
                current = a;
            }
        }
        // as the allocation history is read: latest start first
        history.sort(Comparator.comparing(AdviserRun.AllocationSpan::startedOn).reversed());
        assertEquals(expected, AdviserRun.since(current.startedOn(), history), name);
    }
}
