package org.leavingcare.notification.domain.measures;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

    @Test
    void theOnePassTrendGivesTheSameFiguresAsJudgingEveryVersionInEveryMonth() {
        Random random = new Random(42);
        Measure[] measures = Measure.values();
        LocalDate start = d("2024-01-01");
        List<LedgerEntry> ledger = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            LocalDate opens = start.plusDays(random.nextInt(800));
            LocalDate due = opens.plusDays(random.nextInt(200) - 20);
            LocalDate met = random.nextInt(4) == 0 ? null : opens.plusDays(random.nextInt(300) - 30);
            LocalDate lapsed = random.nextInt(6) == 0 ? opens.plusDays(random.nextInt(400)) : null;
            LocalDate knownFrom = random.nextInt(5) == 0 ? LocalDate.MIN : opens.minusDays(random.nextInt(60));
            LocalDate knownUntil = random.nextInt(3) == 0 ? knownFrom.plusDays(1 + random.nextInt(500)) : null;
            if (knownFrom.equals(LocalDate.MIN)) {
                knownUntil = null;
            }
            DeadlineFact fact = new DeadlineFact("CR-" + i, measures[random.nextInt(measures.length)], opens, due, met, lapsed,
                    random.nextBoolean() ? "north" : "south", random.nextInt(4) == 0, random.nextInt(5) == 0);
            ledger.add(new LedgerEntry(fact, knownFrom, knownUntil));
        }
        List<TrendPoint> trend = MonthlyTrend.of(ledger, YearMonth.of(2026, 3), 30, TODAY, f -> true);
        for (TrendPoint point : trend) {
            Period period = point.report().period();
            List<DeadlineFact> known = ledger.stream().filter(e -> e.knownOn(period.lastKnownDay())).map(LedgerEntry::fact).toList();
            assertEquals(MeasureCalculator.compute(known, period), point.report(), point.month().toString());
        }
    }
}
