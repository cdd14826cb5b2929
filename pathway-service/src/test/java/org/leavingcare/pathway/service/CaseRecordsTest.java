package org.leavingcare.pathway.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavingcare.pathway.domain.calendar.LeapDayBirthday;
import org.leavingcare.pathway.domain.calendar.StatutoryCalendar;
import org.leavingcare.pathway.repository.CareEpisodeRow;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The plain computations CaseRecords adds to the statutory core: age by C-1 birthdays, the current period of care. */
class CaseRecordsTest {

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
        assertEquals(new CaseRecord.Age(years, months), CaseRecords.age(new StatutoryCalendar(convention), dob, today));
    }

    @ParameterizedTest(name = "[{index}] {0} on 2026-03-01: in care since {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-09-01..;C2                                      | 2023-09-01
            2023-09-01..2025-06-01;C2 , 2025-06-01..;V2          | 2023-09-01
            2023-09-01..2025-06-01;C2 , 2025-07-01..;V2          | 2025-07-01
            2023-09-01..2025-06-01;V3 , 2025-06-01..;V2          | 2025-06-01
            2023-09-01..2026-02-01;C2                            |
            2024-01-01..;V3                                      |
            """)
    void theCurrentPeriodOfCareRunsBackThroughBackToBackEpisodes(String episodes, LocalDate expected) {
        List<CareEpisodeRow> list = Arrays.stream(episodes.split(",")).map(String::trim).map(text -> {
            String[] parts = text.split(";");
            String[] dates = parts[0].split("\\.\\.", -1);
            CareEpisodeRow e = new CareEpisodeRow();
            e.start = LocalDate.parse(dates[0]);
            e.end = dates[1].isBlank() ? null : LocalDate.parse(dates[1]);
            e.legalStatus = parts[1];
            return e;
        }).toList();
        assertEquals(expected, CaseRecords.lookedAfterSince(list, LocalDate.of(2026, 3, 1)));
    }
}
