package org.leavingcare.pathway.domain.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** C-5 with the England and Wales bank holidays of 2024 to 2027 (substitute days included). */
public class WorkingDaysTest {

    /** England and Wales bank holidays, 2024 to 2027 (also used by the plan clock tests). */
    public static final List<LocalDate> ENGLAND = Stream.of(
            "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
            "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28")
            .map(LocalDate::parse).toList();

    final WorkingDays workingDays = new WorkingDays(ENGLAND);

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // an ordinary fortnight; a Friday to the Monday
            "2026-03-02, 10, 2026-03-16",
            "2026-03-06, 1,  2026-03-09",
            "2026-03-02, 20, 2026-03-30",
            // Good Friday and Easter Monday 2026
            "2026-04-01, 3,  2026-04-08",
            "2026-04-02, 1,  2026-04-07",
            // spring bank holiday
            "2026-05-22, 1,  2026-05-26",
            // the 2026 year end: Christmas (Fri), Boxing Day substitute (Mon 28th), New Year's Day (Fri)
            "2026-12-23, 5,  2027-01-04",
            "2026-12-24, 1,  2026-12-29",
            // the 2027 year end: both Christmas holidays fall on a weekend, substitutes on 27th and 28th
            "2027-12-24, 1,  2027-12-29",
            "2027-12-31, 1,  2028-01-03",
            // a zero-day deadline is the day itself
            "2026-03-07, 0,  2026-03-07",
    })
    void addingWorkingDaysSkipsWeekendsAndBankHolidays(LocalDate from, int days, LocalDate expected) {
        assertEquals(expected, workingDays.add(from, days));
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-12-28, false",
            "2026-12-29, true",
            "2027-12-25, false",
            "2026-04-03, false",
            "2026-04-07, true",
            "2026-03-01, false",
    })
    void workingDayOrNot(LocalDate day, boolean expected) {
        assertEquals(expected, workingDays.isWorkingDay(day));
    }

    @ParameterizedTest(name = "working days after {0} up to {1}: {2}")
    @CsvSource({
            "2026-03-02, 2026-03-16, 10",
            "2026-04-01, 2026-04-08, 3",
            "2026-12-23, 2027-01-04, 5",
            "2026-03-16, 2026-03-02, 0",
    })
    void countingWorkingDays(LocalDate from, LocalDate to, int expected) {
        assertEquals(expected, workingDays.between(from, to));
    }

    @ParameterizedTest(name = "without a holiday list {0} + {1} = {2}")
    @CsvSource({
            "2026-04-01, 3, 2026-04-06",
            "2026-12-23, 5, 2026-12-30",
    })
    void withoutHolidaysOnlyWeekendsAreSkipped(LocalDate from, int days, LocalDate expected) {
        assertEquals(expected, new WorkingDays(List.of()).add(from, days));
    }
}
