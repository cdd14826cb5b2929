package org.leavingcare.pathway.domain.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatutoryCalendarTest {

    // C-1: anniversaries; a 29 February birthday in a common year by the configured convention
    @ParameterizedTest(name = "born {0}, birthday {1} with {2} is {3}")
    @CsvSource({
            "2010-05-14, 16, MARCH_1,     2026-05-14",
            "2010-05-14, 18, FEBRUARY_28, 2028-05-14",
            "2012-02-29, 16, MARCH_1,     2028-02-29",
            "2012-02-29, 16, FEBRUARY_28, 2028-02-29",
            "2012-02-29, 14, MARCH_1,     2026-03-01",
            "2012-02-29, 14, FEBRUARY_28, 2026-02-28",
            "2012-02-29, 18, MARCH_1,     2030-03-01",
            "2012-02-29, 18, FEBRUARY_28, 2030-02-28",
            "2012-02-28, 18, MARCH_1,     2030-02-28",
            "2012-03-01, 18, FEBRUARY_28, 2030-03-01",
    })
    void birthdaysAreAnniversariesWithAConfigurableLeapDayConvention(LocalDate dob, int years, LeapDayBirthday convention,
                                                                     LocalDate expected) {
        assertEquals(expected, new StatutoryCalendar(convention).birthday(dob, years));
    }

    // C-2: calendar months, clamped to the end of a shorter month
    @ParameterizedTest(name = "{0} + {1} months = {2}")
    @CsvSource({
            "2026-05-14, 3, 2026-08-14",
            "2025-11-30, 3, 2026-02-28",
            "2027-11-30, 3, 2028-02-29",
            "2026-01-31, 1, 2026-02-28",
            "2026-03-31, 6, 2026-09-30",
            "2026-08-31, 3, 2026-11-30",
    })
    void addMonthsClampsToTheMonthEnd(LocalDate from, int months, LocalDate expected) {
        assertEquals(expected, StatutoryCalendar.addMonths(from, months));
    }

    @ParameterizedTest(name = "born {0} with {1}: 17 and a half on {2}")
    @CsvSource({
            "2010-05-14, MARCH_1,     2027-11-14",
            "2010-08-31, MARCH_1,     2028-02-29",
            "2009-08-31, MARCH_1,     2027-02-28",
            "2008-02-29, MARCH_1,     2025-09-01",
            "2008-02-29, FEBRUARY_28, 2025-08-28",
    })
    void seventeenAndAHalfIsTheSeventeenthBirthdayPlusSixMonths(LocalDate dob, LeapDayBirthday convention, LocalDate expected) {
        assertEquals(expected, new StatutoryCalendar(convention).seventeenAndAHalf(dob));
    }
}
