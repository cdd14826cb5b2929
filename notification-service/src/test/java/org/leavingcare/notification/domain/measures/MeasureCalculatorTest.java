package org.leavingcare.notification.domain.measures;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A small cohort computed by hand (the table below) and compared with the calculator: counts, the
 * on-time rate, the median days late and the parity splits with their gaps.
 */
class MeasureCalculatorTest {

    static final Period JANUARY = Period.of(YearMonth.of(2026, 1));
    static final double EXACT = 1e-9;

    static DeadlineFact na(String caseRef, String team, boolean disabled, boolean uasc, String due, String met) {
        return new DeadlineFact(caseRef, Measure.NEEDS_ASSESSMENT, LocalDate.parse("2025-10-01"), LocalDate.parse(due),
                met == null ? null : LocalDate.parse(met), null, team, disabled, uasc);
    }

    //  case    group               due         met         January outcome   days late
    //  CR-A    other               2026-01-10  2026-01-10  on time
    //  CR-B    other               2026-01-10  2026-01-13  late              3
    //  CR-C    other               2026-01-20  -           overdue           12 (to 1 Feb)
    //  CR-D    other               2026-02-15  -           open
    //  CR-E    disabled            2026-01-05  2026-01-25  late              20
    //  CR-F    disabled            2025-12-20  -           overdue           43 (20 Dec to 1 Feb)
    //  CR-G    disabled and UASC   2026-01-12  2026-01-11  on time
    //  CR-H    UASC                2026-01-30  2026-02-03  overdue           2  (met after the period)
    //  CR-I    other               2025-11-01  2025-12-01  (settled before January: not in the cohort)
    //  CR-J    other, team south   2026-01-10  2026-01-10  on time
    static final List<DeadlineFact> COHORT = List.of(
            na("CR-A", "north", false, false, "2026-01-10", "2026-01-10"),
            na("CR-B", "north", false, false, "2026-01-10", "2026-01-13"),
            na("CR-C", "north", false, false, "2026-01-20", null),
            na("CR-D", "north", false, false, "2026-02-15", null),
            na("CR-E", "north", true, false, "2026-01-05", "2026-01-25"),
            na("CR-F", "north", true, false, "2025-12-20", null),
            na("CR-G", "north", true, true, "2026-01-12", "2026-01-11"),
            na("CR-H", "north", false, true, "2026-01-30", "2026-02-03"),
            na("CR-I", "north", false, false, "2025-11-01", "2025-12-01"),
            na("CR-J", "south", false, false, "2026-01-10", "2026-01-10"));

    static void assertTally(Tally t, int cohort, int onTime, int late, int open, int overdue, Double rate, Double median) {
        assertEquals(cohort, t.cohort(), "cohort");
        assertEquals(onTime, t.onTime(), "on time");
        assertEquals(late, t.late(), "late");
        assertEquals(open, t.open(), "open");
        assertEquals(overdue, t.overdue(), "overdue");
        if (rate == null) {
            assertNull(t.onTimeRate(), "rate");
        } else {
            assertEquals(rate, t.onTimeRate(), EXACT, "rate");
        }
        if (median == null) {
            assertNull(t.medianDaysLate(), "median");
        } else {
            assertEquals(median, t.medianDaysLate(), EXACT, "median");
        }
    }

    @Test
    void everyoneCountedByHand() {
        MeasureResult r = MeasureCalculator.compute(COHORT, JANUARY).result(Measure.NEEDS_ASSESSMENT);
        // on time A, G, J; late B, E; open D; overdue C, F, H: rate 3 / (3 + 2 + 3);
        // days late 2, 3, 12, 20, 43: median 12
        assertTally(r.all(), 9, 3, 2, 1, 3, 3.0 / 8, 12.0);
    }

    @Test
    void paritySplitsAndGapsCountedByHand() {
        MeasureResult r = MeasureCalculator.compute(COHORT, JANUARY).result(Measure.NEEDS_ASSESSMENT);
        // disabled E, F, G: on time G, late E (20), overdue F (43): 1/3, median 31.5
        assertTally(r.split(ParityGroup.DISABLED).tally(), 3, 1, 1, 0, 1, 1.0 / 3, 31.5);
        // unaccompanied G, H: on time G, overdue H (2): 1/2, median 2
        assertTally(r.split(ParityGroup.UNACCOMPANIED).tally(), 2, 1, 0, 0, 1, 0.5, 2.0);
        // other A, B, C, D, J: on time A, J; late B (3); open D; overdue C (12): 2/4, median 7.5
        assertTally(r.split(ParityGroup.OTHER).tally(), 5, 2, 1, 1, 1, 0.5, 7.5);
        // the gap is the other group's rate minus the group's
        assertEquals(0.5 - 1.0 / 3, r.split(ParityGroup.DISABLED).gap(), EXACT);
        assertEquals(0.0, r.split(ParityGroup.UNACCOMPANIED).gap(), EXACT);
        assertNull(r.split(ParityGroup.OTHER).gap(), "the reference group has no gap");
    }

    @Test
    void aTeamFilterKeepsOnlyThatTeamsDeadlines() {
        MeasureResult r = MeasureCalculator.compute(COHORT, JANUARY, MeasureCalculator.inTeam("north"))
                .result(Measure.NEEDS_ASSESSMENT);
        assertTally(r.all(), 8, 2, 2, 1, 3, 2.0 / 7, 12.0);
        // other without J: on time A, late B, open D, overdue C: 1/3, so the disabled gap closes
        assertTally(r.split(ParityGroup.OTHER).tally(), 4, 1, 1, 1, 1, 1.0 / 3, 7.5);
        assertEquals(0.0, r.split(ParityGroup.DISABLED).gap(), EXACT);
        MeasureResult south = MeasureCalculator.compute(COHORT, JANUARY, MeasureCalculator.inTeam("south"))
                .result(Measure.NEEDS_ASSESSMENT);
        assertTally(south.all(), 1, 1, 0, 0, 0, 1.0, null);
    }

    @Test
    void aMeasureWithNothingJudgedHasNoRateMedianOrGap() {
        MeasureReport report = MeasureCalculator.compute(List.of(
                na("CR-D", "north", true, false, "2026-02-15", null)), JANUARY);
        MeasureResult r = report.result(Measure.NEEDS_ASSESSMENT);
        assertTally(r.all(), 1, 0, 0, 1, 0, null, null);
        assertNull(r.split(ParityGroup.DISABLED).gap());
        MeasureResult empty = report.result(Measure.UASC_FURTHER_LEAVE);
        assertTally(empty.all(), 0, 0, 0, 0, 0, null, null);
        assertEquals(Measure.values().length, report.measures().size(), "every measure is reported, empty or not");
    }

    @Test
    void measuresAreCountedSeparately() {
        DeadlineFact contact = new DeadlineFact("CR-A", Measure.CONTACT, LocalDate.parse("2025-12-01"),
                LocalDate.parse("2026-01-26"), LocalDate.parse("2026-01-20"), null, "north", false, false);
        MeasureReport report = MeasureCalculator.compute(List.of(contact, na("CR-A", "north", false, false, "2026-01-31", null)), JANUARY);
        assertTally(report.result(Measure.CONTACT).all(), 1, 1, 0, 0, 0, 1.0, null);
        assertTally(report.result(Measure.NEEDS_ASSESSMENT).all(), 1, 0, 0, 0, 1, 0.0, 1.0);
    }
}
