package org.leavingcare.platform.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Period;

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
            "2008-02-29, 21, MARCH_1,     2029-03-01",
            "2008-02-29, 25, FEBRUARY_28, 2033-02-28",
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

    // C-1 then C-2: the birthday of the whole years under the convention, then the calendar months and days
    @ParameterizedTest(name = "born {0}, age {1}, {2}: {3}")
    @CsvSource({
            "2008-02-29, P17Y,   MARCH_1,     2025-03-01",
            "2008-02-29, P17Y,   FEBRUARY_28, 2025-02-28",
            "2008-02-29, P16Y,   MARCH_1,     2024-02-29",
            "2008-02-29, P17Y6M, MARCH_1,     2025-09-01",
            "2008-02-29, P17Y6M, FEBRUARY_28, 2025-08-28",
            "2008-02-29, P210M,  MARCH_1,     2025-09-01",
            "2008-02-29, P210M,  FEBRUARY_28, 2025-08-28",
            "2008-02-29, P204M,  MARCH_1,     2025-03-01",
            "2008-02-29, P16Y3M, FEBRUARY_28, 2024-05-29",
            "2008-02-29, P18Y6M, MARCH_1,     2026-09-01",
            "2008-08-31, P17Y6M, MARCH_1,     2026-02-28",
            "2010-05-14, P17Y6M, MARCH_1,     2027-11-14",
            "2010-05-14, P16Y3M, MARCH_1,     2026-08-14",
            "2010-05-14, P16Y14D, MARCH_1,    2026-05-28",
    })
    void anAgeIsReachedOnTheBirthdayOfItsYearsThenItsMonths(LocalDate dob, String age, LeapDayBirthday convention,
                                                             LocalDate expected) {
        assertEquals(expected, new StatutoryCalendar(convention).reaching(dob, Period.parse(age)));
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

    // the age in whole years changes on the birthday itself, not the day after
    @ParameterizedTest(name = "born {0} with {1}: {3} on {2}")
    @CsvSource({
            "2010-05-14, MARCH_1,     2026-05-13, 15",
            "2010-05-14, MARCH_1,     2026-05-14, 16",
            "2008-02-29, MARCH_1,     2029-02-28, 20",
            "2008-02-29, MARCH_1,     2029-03-01, 21",
            "2008-02-29, FEBRUARY_28, 2029-02-27, 20",
            "2008-02-29, FEBRUARY_28, 2029-02-28, 21",
            "2010-05-14, MARCH_1,     2009-01-01, 0",
    })
    void ageInYearsChangesOnTheBirthday(LocalDate dob, LeapDayBirthday convention, LocalDate day, int age) {
        assertEquals(age, new StatutoryCalendar(convention).ageOn(dob, day));
    }
}
