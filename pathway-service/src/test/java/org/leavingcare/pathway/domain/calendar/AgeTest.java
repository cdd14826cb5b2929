package org.leavingcare.pathway.domain.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Age in whole years and months, counted by the C-1 birthdays. */
class AgeTest {

    @ParameterizedTest(name = "born {0}, on {1} with {2}: {3}y {4}m")
    @CsvSource({
            "2010-05-14, 2026-03-01, MARCH_1,     15, 9",
            "2010-05-14, 2026-05-13, MARCH_1,     15, 11",
            "2010-05-14, 2026-05-14, MARCH_1,     16, 0",
            // C-1: a 29 February child turns 18 on 1 March (or 28 February) in a common year
            "2012-02-29, 2030-02-28, MARCH_1,     17, 11",
            "2012-02-29, 2030-03-01, MARCH_1,     18, 0",
            "2012-02-29, 2030-02-28, FEBRUARY_28, 18, 0",
            "2012-02-29, 2028-02-29, MARCH_1,     16, 0",
    })
    void ageInYearsAndMonthsFollowsTheBirthdayConvention(LocalDate dob, LocalDate today, LeapDayBirthday convention,
                                                        int years, int months) {
        assertEquals(new Age(years, months), Age.on(new StatutoryCalendar(convention), dob, today));
    }
}
