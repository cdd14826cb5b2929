package org.leavingcare.notification.domain.measures;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Month-by-month measures judged with the ledger's versions known at each month's end. */
class MonthlyTrendTest {

    static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    static LocalDate d(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    static LedgerEntry version(Measure measure, String caseRef, String opens, String due, String met,
                               String knownFrom, String knownUntil) {
        DeadlineFact fact = new DeadlineFact(caseRef, measure, d(opens), d(due), d(met), null, "north", false, false);
        return new LedgerEntry(fact, d(knownFrom), d(knownUntil));
    }

    static Tally tally(List<TrendPoint> trend, String month, Measure measure) {
        for (TrendPoint p : trend) {
            if (p.month().equals(YearMonth.parse(month))) {
                return p.report().result(measure).all();
            }
        }
        throw new AssertionError("no point for " + month);
    }

    static void assertCounts(Tally t, int onTime, int late, int open, int overdue, Double median) {
        assertEquals(List.of(onTime, late, open, overdue), List.of(t.onTime(), t.late(), t.open(), t.overdue()));
        assertEquals(median, t.medianDaysLate());
    }

    // due on the last day of January, met on the first of February
    static final LedgerEntry ASSESSMENT = version(Measure.NEEDS_ASSESSMENT, "CR-X", "2025-11-01", "2026-01-31",
            "2026-02-01", "2025-12-01", null);
    // a contact interval: open in January, met on its due date in February (recorded that day)
    static final LedgerEntry CONTACT_OPEN = version(Measure.CONTACT, "CR-Y", "2026-01-03", "2026-02-28", null,
            "2026-01-05", "2026-02-28");
    static final LedgerEntry CONTACT_MET = version(Measure.CONTACT, "CR-Y", "2026-01-03", "2026-02-28", "2026-02-28",
            "2026-02-28", null);
    // an allocation due in January that moved to March on 10 February, then met on 1 March
    static final LedgerEntry ALLOCATION_JANUARY = version(Measure.ADVISER_ALLOCATED, "CR-Z", "2025-11-01", "2026-01-15",
            null, "2025-12-01", "2026-02-10");
    static final LedgerEntry ALLOCATION_MARCH = version(Measure.ADVISER_ALLOCATED, "CR-Z", "2025-11-01", "2026-03-15",
            "2026-03-01", "2026-02-10", null);

    static final List<LedgerEntry> LEDGER = List.of(ASSESSMENT, CONTACT_OPEN, CONTACT_MET, ALLOCATION_JANUARY, ALLOCATION_MARCH);

    @Test
    void aDeadlineDueOnAMonthsLastDayAndMetTheNextDayIsOverdueThenLate() {
        List<TrendPoint> trend = MonthlyTrend.of(LEDGER, YearMonth.of(2026, 3), 3, TODAY, f -> true);
        assertCounts(tally(trend, "2026-01", Measure.NEEDS_ASSESSMENT), 0, 0, 0, 1, 1.0);
        assertCounts(tally(trend, "2026-02", Measure.NEEDS_ASSESSMENT), 0, 1, 0, 0, 1.0);
        assertCounts(tally(trend, "2026-03", Measure.NEEDS_ASSESSMENT), 0, 0, 0, 0, null);
    }

    @Test
    void eachMonthUsesTheVersionKnownOnItsLastDay() {
        List<TrendPoint> trend = MonthlyTrend.of(LEDGER, YearMonth.of(2026, 3), 3, TODAY, f -> true);
        assertCounts(tally(trend, "2026-01", Measure.CONTACT), 0, 0, 1, 0, null);
        assertCounts(tally(trend, "2026-02", Measure.CONTACT), 1, 0, 0, 0, null);
        // January keeps the due date it had in January (15 Jan: overdue 17 days at its end);
        // February sees the moved date (open); March the allocation met on time
        assertCounts(tally(trend, "2026-01", Measure.ADVISER_ALLOCATED), 0, 0, 0, 1, 17.0);
        assertCounts(tally(trend, "2026-02", Measure.ADVISER_ALLOCATED), 0, 0, 1, 0, null);
        assertCounts(tally(trend, "2026-03", Measure.ADVISER_ALLOCATED), 1, 0, 0, 0, null);
    }

    @Test
    void withoutHistoryTodaysStateRewritesPastMonths() {
        // the fallback before the ledger has history: the moved due date is applied to January too
        List<TrendPoint> trend = MonthlyTrend.of(List.of(LedgerEntry.assumedAlwaysKnown(ALLOCATION_MARCH.fact())),
                YearMonth.of(2026, 3), 3, TODAY, f -> true);
        assertCounts(tally(trend, "2026-01", Measure.ADVISER_ALLOCATED), 0, 0, 1, 0, null);
    }

    @Test
    void theCurrentMonthIsJudgedAsAtToday() {
        LedgerEntry dueToday = version(Measure.UASC_FURTHER_LEAVE, "CR-W", "2025-12-10", "2026-03-10", null, "2025-12-10", null);
        LedgerEntry dueYesterday = version(Measure.UASC_FURTHER_LEAVE, "CR-V", "2025-12-09", "2026-03-09", null, "2025-12-09", null);
        List<TrendPoint> trend = MonthlyTrend.of(List.of(dueToday, dueYesterday), YearMonth.of(2026, 3), 1, TODAY, f -> true);
        assertEquals(new Period(d("2026-03-01"), d("2026-04-01"), TODAY), trend.get(0).report().period());
        assertCounts(tally(trend, "2026-03", Measure.UASC_FURTHER_LEAVE), 0, 0, 1, 1, 1.0);
    }

    @Test
    void twentyFourMonthsOldestFirst() {
        List<TrendPoint> trend = MonthlyTrend.of(LEDGER, YearMonth.of(2026, 2), 24, TODAY, f -> true);
        assertEquals(24, trend.size());
        assertEquals(YearMonth.of(2024, 3), trend.get(0).month());
        assertEquals(YearMonth.of(2026, 2), trend.get(23).month());
        assertEquals(Period.of(YearMonth.of(2026, 2)), trend.get(23).report().period(), "an ended month is judged at its end");
    }

    @Test
    void theTrendFiltersByTeam() {
        List<TrendPoint> trend = MonthlyTrend.of(LEDGER, YearMonth.of(2026, 1), 1, TODAY, MeasureCalculator.inTeam("south"));
        assertEquals(0, tally(trend, "2026-01", Measure.NEEDS_ASSESSMENT).cohort());
    }

    @Test
    void theTrendRefusesAFutureMonthAndAnUnboundedLength() {
        assertEquals("lastMonth must not be after the current month", assertThrows(IllegalArgumentException.class,
                () -> MonthlyTrend.of(LEDGER, YearMonth.of(2026, 4), 1, TODAY, f -> true)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MonthlyTrend.of(LEDGER, YearMonth.of(2026, 3), 0, TODAY, f -> true));
        assertThrows(IllegalArgumentException.class,
                () -> MonthlyTrend.of(LEDGER, YearMonth.of(2026, 3), MonthlyTrend.MAX_MONTHS + 1, TODAY, f -> true));
    }
}
