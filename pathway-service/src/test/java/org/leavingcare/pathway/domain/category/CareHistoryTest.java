package org.leavingcare.pathway.domain.category;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The current period of care, which the looked-after review cycle (CPPCR reg 33) runs from. */
class CareHistoryTest {

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
        List<CareEpisode> list = Arrays.stream(episodes.split(",")).map(String::trim).map(text -> {
            String[] parts = text.split(";");
            String[] dates = parts[0].split("\\.\\.", -1);
            return CareEpisode.of(LocalDate.parse(dates[0]), dates[1].isBlank() ? null : LocalDate.parse(dates[1]),
                    parts[1], null);
        }).toList();
        assertEquals(expected, new CareHistory(list).lookedAfterSince(LocalDate.of(2026, 3, 1)));
    }
}
