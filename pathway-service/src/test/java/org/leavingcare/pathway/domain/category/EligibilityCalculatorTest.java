package org.leavingcare.pathway.domain.category;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavingcare.pathway.domain.calendar.LeapDayBirthday;
import org.leavingcare.pathway.domain.calendar.StatutoryCalendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * rules.md §1.2 and §1.3, with concrete dates either side of every threshold. Unless said otherwise the young
 * person was born 2010-05-14: 14 on 2024-05-14, 16 on 2026-05-14, 18 on 2028-05-14, 21 on 2031-05-14.
 * Episodes are written {@code start..end;legalStatus;reasonCeased}, end exclusive, several joined by {@code |}.
 */
class EligibilityCalculatorTest {

    static final LocalDate DOB = LocalDate.of(2010, 5, 14);
    final EligibilityCalculator calculator = new EligibilityCalculator(new StatutoryCalendar(LeapDayBirthday.MARCH_1));

    static List<CareEpisode> episodes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\|")).map(String::trim).map(one -> {
            String[] parts = one.split(";");
            String[] dates = parts[0].split("\\.\\.", -1);
            LocalDate end = dates[1].isBlank() ? null : LocalDate.parse(dates[1]);
            return CareEpisode.of(LocalDate.parse(dates[0]), end, parts[1], parts.length > 2 ? parts[2] : null);
        }).toList();
    }

    static CareLeaverFacts facts(String text) {
        if (text == null || text.isBlank()) {
            return CareLeaverFacts.NONE;
        }
        boolean careOrder = text.contains("careOrderAt16");
        boolean detained = text.contains("detainedOn16");
        LocalDate home = null;
        LocalDate brokeDown = null;
        for (String part : text.split(" ")) {
            if (part.startsWith("home=")) {
                home = LocalDate.parse(part.substring(5));
            } else if (part.startsWith("brokeDown=")) {
                brokeDown = LocalDate.parse(part.substring(10));
            }
        }
        return new CareLeaverFacts(careOrder, detained, home, brokeDown);
    }

    @ParameterizedTest(name = "[{index}] {0} | {1} | on {2}: {3}")
    @CsvSource(delimiter = ',', textBlock = """
            # CAT-1: in care long before 16 and still: looked after until the 16th birthday, eligible on it
            2023-09-01..;C2,                       , 2026-05-13, LOOKED_AFTER
            2023-09-01..;C2,                       , 2026-05-14, ELIGIBLE
            # CAT-1 ends at 18; CAT-5 s23C(1)(b): looked after and eligible on reaching 18
            2023-09-01..;C2,                       , 2028-05-13, ELIGIBLE
            2023-09-01..;C2,                       , 2028-05-14, FORMER_RELEVANT
            2023-09-01..;C2,                       , 2031-05-14, FORMER_RELEVANT
            # C-3: exactly 91 days counting the 16th birthday (from 2026-02-13) is enough on the birthday ...
            2026-02-13..;V2,                       , 2026-05-14, ELIGIBLE
            # ... 90 days (from 2026-02-14) is not, until the 91st day accrues the next day
            2026-02-14..;V2,                       , 2026-05-14, LOOKED_AFTER
            2026-02-14..;V2,                       , 2026-05-15, ELIGIBLE
            # entering care after 16 (2026-06-01): eligible on the 91st day in care, 2026-08-30
            2026-06-01..;V2,                       , 2026-08-29, LOOKED_AFTER
            2026-06-01..;V2,                       , 2026-08-30, ELIGIBLE
            # care before the 14th birthday does not count: from 16 the 91st day is 2026-08-12
            2020-01-01..2024-05-14;C2;E13 | 2026-05-14..;V2, , 2026-08-11, LOOKED_AFTER
            2020-01-01..2024-05-14;C2;E13 | 2026-05-14..;V2, , 2026-08-12, ELIGIBLE
            # periods totalling 13 weeks: 61 days at 14 plus 30 days from 2026-05-01
            2024-06-01..2024-08-01;V2;E13 | 2026-05-01..;V2, , 2026-05-29, LOOKED_AFTER
            2024-06-01..2024-08-01;V2;E13 | 2026-05-01..;V2, , 2026-05-30, ELIGIBLE
            # 13 weeks after 14 that all ended before 16: no day in care after 16, not a care leaver
            2024-06-01..2025-06-01;V2;E13,         , 2025-05-31, LOOKED_AFTER
            2024-06-01..2025-06-01;V2;E13,         , 2026-06-01, NOT_A_CARE_LEAVER
            2024-06-01..2025-06-01;V2;E13,         , 2028-06-01, NOT_A_CARE_LEAVER
            # never looked after
            ,                                      , 2027-01-01, NOT_A_CARE_LEAVER
            # EDGE-1: short breaks (V3, V4) do not count, however long; the same dates as V2 do
            2025-01-01..2026-12-01;V3;E13,         , 2026-06-01, NOT_A_CARE_LEAVER
            2025-01-01..2026-12-01;V4;E13,         , 2026-06-01, NOT_A_CARE_LEAVER
            2025-01-01..2026-12-01;V2;E13,         , 2026-06-01, ELIGIBLE
            2025-01-01..2026-12-01;V3;E13 | 2026-12-01..;V2, , 2027-02-28, LOOKED_AFTER
            2025-01-01..2026-12-01;V3;E13 | 2026-12-01..;V2, , 2027-03-01, ELIGIBLE
            # EDGE-3: remand (J1) counts: from 2026-03-01, 91 days on 2026-05-30
            2026-03-01..;J1,                       , 2026-05-29, LOOKED_AFTER
            2026-03-01..;J1,                       , 2026-05-30, ELIGIBLE
            # CAT-2, EDGE-5: an eligible child leaving s20 care at 16 and a half is relevant, then former relevant
            2023-09-01..2026-11-01;V2;E4A,         , 2026-10-31, ELIGIBLE
            2023-09-01..2026-11-01;V2;E4A,         , 2026-11-01, RELEVANT
            2023-09-01..2026-11-01;V2;E4A,         , 2028-05-13, RELEVANT
            2023-09-01..2026-11-01;V2;E4A,         , 2028-05-14, FORMER_RELEVANT
            # a relevant child who comes back into care is looked after (and eligible) again
            2023-09-01..2026-11-01;V2;E4A | 2027-01-01..;C2, , 2027-01-01, ELIGIBLE
            # CAT-10: left care after 16 before becoming eligible (31 days): qualifying until 21
            2026-05-01..2026-06-01;V2;E13,         , 2026-05-31, LOOKED_AFTER
            2026-05-01..2026-06-01;V2;E13,         , 2026-06-01, QUALIFYING
            2026-05-01..2026-06-01;V2;E13,         , 2031-05-13, QUALIFYING
            2026-05-01..2026-06-01;V2;E13,         , 2031-05-14, NOT_A_CARE_LEAVER
            # EDGE-6: entering care within 13 weeks of 18 cannot become eligible; qualifying on leaving at 18
            2028-03-01..;V2,                       , 2028-05-13, LOOKED_AFTER
            2028-03-01..;V2,                       , 2028-05-14, QUALIFYING
            # 903 rule 1001: adoption (E11, E12) makes no care leaver
            2023-01-01..2026-10-01;C2;E11,         , 2026-09-30, ELIGIBLE
            2023-01-01..2026-10-01;C2;E11,         , 2026-10-01, NOT_A_CARE_LEAVER
            2023-01-01..2026-10-01;C2;E12,         , 2028-05-14, NOT_A_CARE_LEAVER
            # CAT-9: care ended by a special guardianship order (E45): qualifying from 16 to 21
            2020-01-01..2022-01-01;C2;E45,         , 2026-05-13, NOT_A_CARE_LEAVER
            2020-01-01..2022-01-01;C2;E45,         , 2026-05-14, QUALIFYING
            2020-01-01..2022-01-01;C2;E45,         , 2031-05-14, NOT_A_CARE_LEAVER
            # EDGE-2, CAT-3: sentenced to custody (E9) before 16, detained on the 16th birthday, no care order: relevant
            2025-01-01..2026-04-01;V2;E9,  detainedOn16, 2026-05-13, NOT_A_CARE_LEAVER
            2025-01-01..2026-04-01;V2;E9,  detainedOn16, 2026-05-14, RELEVANT
            2025-01-01..2026-04-01;V2;E9,  detainedOn16, 2028-05-14, FORMER_RELEVANT
            2025-01-01..2026-04-01;V2;E9,              , 2026-05-14, NOT_A_CARE_LEAVER
            # ... under a care order the child is not in CAT-3: the care order keeps them looked after (an open C2 episode)
            2025-01-01..2026-04-01;C2;E9,  careOrderAt16 detainedOn16, 2026-05-14, NOT_A_CARE_LEAVER
            2025-01-01..;C2,               careOrderAt16 detainedOn16, 2026-05-14, ELIGIBLE
            # ... and CAT-3 needs 13 weeks in care after 14 before detention (here 90 days: 2026-01-01..2026-04-01)
            2026-01-01..2026-04-01;V2;E9,  detainedOn16, 2026-05-14, NOT_A_CARE_LEAVER
            2025-12-31..2026-04-01;V2;E9,  detainedOn16, 2026-05-14, RELEVANT
            # CAT-4, EDGE-4: home with a parent from leaving care on 2026-11-01: relevant for six months, not after
            2023-09-01..2026-11-01;V2;E13, home=2026-11-01, 2027-04-30, RELEVANT
            2023-09-01..2026-11-01;V2;E13, home=2026-11-01, 2027-05-01, QUALIFYING
            2023-09-01..2026-11-01;V2;E13, home=2026-11-01, 2028-05-14, QUALIFYING
            # ... the arrangement breaks down on 2027-08-01: relevant again from that day, former relevant at 18
            2023-09-01..2026-11-01;V2;E13, home=2026-11-01 brokeDown=2027-08-01, 2027-07-31, QUALIFYING
            2023-09-01..2026-11-01;V2;E13, home=2026-11-01 brokeDown=2027-08-01, 2027-08-01, RELEVANT
            2023-09-01..2026-11-01;V2;E13, home=2026-11-01 brokeDown=2027-08-01, 2028-05-14, FORMER_RELEVANT
            # ... a breakdown before six months never interrupts relevant status
            2023-09-01..2026-11-01;V2;E13, home=2026-11-01 brokeDown=2027-03-01, 2027-05-01, RELEVANT
            # ... six months at home that began before leaving care count too (2026-06-01 + 6 months)
            2023-09-01..2026-11-01;V2;E13, home=2026-06-01, 2026-11-30, RELEVANT
            2023-09-01..2026-11-01;V2;E13, home=2026-06-01, 2026-12-01, QUALIFYING
            """)
    void categoryOnADay(String episodes, String facts, LocalDate day, CareLeaverCategory expected) {
        CategoryProjection projection = calculator.project(DOB, episodes(episodes), facts(facts));
        assertEquals(expected, projection.categoryOn(day), () -> "timeline " + render(projection));
    }

    @ParameterizedTest(name = "[{index}] {0}: eligible from {1}")
    @CsvSource(textBlock = """
            2023-09-01..;C2,                           2026-05-14
            2026-02-13..;V2,                           2026-05-14
            2026-02-14..;V2,                           2026-05-15
            2026-06-01..;V2,                           2026-08-30
            2026-03-01..;J1,                           2026-05-30
            2025-01-01..2026-12-01;V3;E13,
            2026-05-01..2026-06-01;V2;E13,
            2028-03-01..;V2,
            """)
    void theEligibilityDateIsTheFirstDayEligible(String episodes, LocalDate expected) {
        assertEquals(expected, calculator.project(DOB, episodes(episodes), CareLeaverFacts.NONE).eligibilityDate());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-09-01..;C2                  | LOOKED_AFTER 2023-09-01..2026-05-14, ELIGIBLE 2026-05-14..2028-05-14, FORMER_RELEVANT 2028-05-14..
            2023-09-01..2026-11-01;V2;E4A    | LOOKED_AFTER 2023-09-01..2026-05-14, ELIGIBLE 2026-05-14..2026-11-01, RELEVANT 2026-11-01..2028-05-14, FORMER_RELEVANT 2028-05-14..
            2026-05-01..2026-06-01;V2;E13    | LOOKED_AFTER 2026-05-01..2026-06-01, QUALIFYING 2026-06-01..2031-05-14, NOT_A_CARE_LEAVER 2031-05-14..
            2024-06-01..2025-06-01;V2;E13    | LOOKED_AFTER 2024-06-01..2025-06-01, NOT_A_CARE_LEAVER 2025-06-01..
                                             | NOT_A_CARE_LEAVER 2026-05-14..
            """)
    void theTimelineIsContiguousFromTheFirstDayLookedAfter(String episodes, String expected) {
        assertEquals(expected, render(calculator.project(DOB, episodes(episodes), CareLeaverFacts.NONE)));
    }

    // C-1 with the 29 February conventions: born 2012-02-29, in care since 2020; 18 on 2030-03-01 or 2030-02-28
    @ParameterizedTest(name = "[{index}] {0} on {1}: {2}")
    @CsvSource(textBlock = """
            MARCH_1,     2028-02-28, LOOKED_AFTER
            MARCH_1,     2028-02-29, ELIGIBLE
            MARCH_1,     2030-02-28, ELIGIBLE
            MARCH_1,     2030-03-01, FORMER_RELEVANT
            FEBRUARY_28, 2030-02-27, ELIGIBLE
            FEBRUARY_28, 2030-02-28, FORMER_RELEVANT
            """)
    void leapDayBirthdaysFollowTheConfiguredConvention(LeapDayBirthday convention, LocalDate day, CareLeaverCategory expected) {
        EligibilityCalculator leap = new EligibilityCalculator(new StatutoryCalendar(convention));
        CategoryProjection projection = leap.project(LocalDate.of(2012, 2, 29), episodes("2020-01-01..;C2"), CareLeaverFacts.NONE);
        assertEquals(expected, projection.categoryOn(day));
    }

    // C-1 and C-3: the 14th birthday of a 29 February child (2026-03-01 or 2026-02-28) starts the count
    @ParameterizedTest(name = "[{index}] {0}: eligible from {1}")
    @CsvSource(textBlock = """
            MARCH_1,     2028-03-29
            FEBRUARY_28, 2028-03-28
            """)
    void theLeapDayConventionMovesTheFourteenthBirthday(LeapDayBirthday convention, LocalDate eligibleFrom) {
        // in care from 2026-01-01 to 2026-05-01 (61 or 62 days after 14), then again from 16 (2028-02-29)
        EligibilityCalculator leap = new EligibilityCalculator(new StatutoryCalendar(convention));
        CategoryProjection projection = leap.project(LocalDate.of(2012, 2, 29),
                episodes("2026-01-01..2026-05-01;V2;E13 | 2028-02-29..;V2"), CareLeaverFacts.NONE);
        assertEquals(eligibleFrom, projection.eligibilityDate());
    }

    @Test
    void beforeTheTimelineStartsTheYoungPersonIsNotACareLeaver() {
        CategoryProjection projection = calculator.project(DOB, List.of(), CareLeaverFacts.NONE);
        assertEquals(CareLeaverCategory.NOT_A_CARE_LEAVER, projection.categoryOn(LocalDate.of(2020, 1, 1)));
        assertEquals(LocalDate.of(2026, 5, 14), projection.timeline().get(0).from());
    }

    static String render(CategoryProjection projection) {
        return projection.timeline().stream()
                .map(s -> s.category() + " " + s.from() + ".." + (s.until() == null ? "" : s.until()))
                .collect(Collectors.joining(", "));
    }
}
