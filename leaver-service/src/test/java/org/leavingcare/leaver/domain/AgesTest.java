package org.leavingcare.leaver.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgesTest {

    @ParameterizedTest(name = "born {0}, age {1}, {2}: {3}")
    @CsvSource({
            // C-1: a 29 February birthday in a year without one, by configuration
            "2008-02-29, P17Y,   MARCH_1, 2025-03-01",
            "2008-02-29, P17Y,   FEB_28,  2025-02-28",
            "2008-02-29, P21Y,   MARCH_1, 2029-03-01",
            // in a leap year the birthday exists
            "2008-02-29, P16Y,   MARCH_1, 2024-02-29",
            "2008-02-29, P16Y,   FEB_28,  2024-02-29",
            // C-1: the birthday of the years under the convention, then the calendar months
            "2008-02-29, P17Y6M, MARCH_1, 2025-09-01",
            "2008-02-29, P17Y6M, FEB_28,  2025-08-28",
            "2008-02-29, P18Y6M, MARCH_1, 2026-09-01",
            "2008-02-29, P16Y3M, FEB_28,  2024-05-29",
            "2008-02-29, P16Y3M, MARCH_1, 2024-05-29",
            "2008-02-29, P210M,  MARCH_1, 2025-09-01",
            // C-2: other month ends clamp to the last day of the month
            "2008-08-31, P17Y6M, MARCH_1, 2026-02-28",
            "2010-05-14, P17Y6M, MARCH_1, 2027-11-14",
            "2010-05-14, P16Y3M, MARCH_1, 2026-08-14",
    })
    void anAgeIsReachedOnTheAnniversaryWithTheLeapDayConvention(LocalDate dob, String age, LeapDayBirthdays convention,
                                                                LocalDate expected) {
        assertEquals(expected, Ages.reaching(dob, Period.parse(age), convention));
    }
}
