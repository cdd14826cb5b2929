package org.leavingcare.leaver.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntitlementsClockTest {

    final EntitlementsClock clock = new EntitlementsClock(LeaverPolicy.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "eligible at 16: by the 17th birthday  | 2010-05-14 | ELIGIBLE:2026-05-14:2028-05-14 | 2027-05-14",
            "qualifying is a care leaver too       | 2010-05-14 | LOOKED_AFTER:2026-06-01:2026-08-01;QUALIFYING:2026-08-01:2031-05-14 | 2027-05-14",
            "a care leaver only after 17: at once  | 2010-05-14 | LOOKED_AFTER:2027-05-01:2027-08-01;ELIGIBLE:2027-08-01:2028-05-14 | 2027-08-01",
            // C-1: born 29 February, the 17th birthday in 2025 is 1 March by default
            "born 29 February                      | 2008-02-29 | ELIGIBLE:2024-02-29:2026-03-01 | 2025-03-01",
            "looked after, never a care leaver     | 2012-05-14 | LOOKED_AFTER:2024-01-01: | ",
            "not a care leaver                     | 2010-05-14 | NOT_A_CARE_LEAVER:2026-05-14: | ",
    })
    void entitlementsAreDueByTheConfiguredAge(String name, LocalDate dob, String timeline, LocalDate expected) {
        assertEquals(expected, clock.dueBy(Timelines.facts(dob, false, false, false, timeline)), name);
    }

    @ParameterizedTest(name = "due {0}, explained {1}, today {2}: {3}")
    @CsvSource({
            "2027-05-14,           , 2027-04-15, NOT_DUE",
            "2027-05-14,           , 2027-04-16, DUE_SOON",
            "2027-05-14,           , 2027-05-14, DUE_SOON",
            "2027-05-14,           , 2027-05-15, OVERDUE",
            "2027-05-14, 2027-06-01, 2027-07-01, EXPLAINED",
            "2027-05-14, 2026-01-01, 2026-02-01, EXPLAINED",
            "          ,           , 2027-05-15, NOT_DUE",
    })
    void theStatusIsComputedAsOfToday(LocalDate due, LocalDate explained, LocalDate today, EntitlementsStatus expected) {
        assertEquals(expected, clock.status(due, explained, today));
    }
}
