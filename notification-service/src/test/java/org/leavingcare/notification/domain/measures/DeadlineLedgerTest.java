package org.leavingcare.notification.domain.measures;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a day's deadlines change the ledger: a version per change, settled cycles, kept met dates. */
class DeadlineLedgerTest {

    static final LocalDate DAY = LocalDate.parse("2026-03-10");

    static LocalDate d(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    static DeadlineFact fact(Measure measure, String opens, String due, String met) {
        return new DeadlineFact("CR-L1", measure, d(opens), d(due), d(met), null, "north", true, false);
    }

    static LedgerEntry current(DeadlineFact fact, String knownFrom) {
        return new LedgerEntry(fact, d(knownFrom), null);
    }

    @Test
    void aNewDeadlineOpensAVersion() {
        DeadlineFact na = fact(Measure.NEEDS_ASSESSMENT, "2026-01-01", "2026-04-01", null);
        LedgerChange change = DeadlineLedger.reconcile(List.of(), List.of(na), DAY);
        assertEquals(List.of(new LedgerEntry(na, DAY, null)), change.opened());
        assertTrue(change.closed().isEmpty() && change.withdrawn().isEmpty());
    }

    @Test
    void anUnchangedDeadlineWritesNothing() {
        DeadlineFact na = fact(Measure.NEEDS_ASSESSMENT, "2026-01-01", "2026-04-01", null);
        assertTrue(DeadlineLedger.reconcile(List.of(current(na, "2026-01-02")), List.of(na), DAY).isEmpty());
    }

    @Test
    void aMovedDueDateClosesTheOldVersionAndOpensANewOne() {
        LedgerEntry before = current(fact(Measure.ADVISER_ALLOCATED, "2026-01-01", "2026-06-01", null), "2026-01-02");
        DeadlineFact moved = fact(Measure.ADVISER_ALLOCATED, "2026-01-01", "2026-04-01", null);
        LedgerChange change = DeadlineLedger.reconcile(List.of(before), List.of(moved), DAY);
        assertEquals(List.of(before.closedOn(DAY)), change.closed());
        assertEquals(List.of(new LedgerEntry(moved, DAY, null)), change.opened());
    }

    @Test
    void aVersionOpenedTodayAndChangedAgainTodayIsWithdrawn() {
        LedgerEntry before = current(fact(Measure.ADVISER_ALLOCATED, "2026-01-01", "2026-06-01", null), "2026-03-10");
        DeadlineFact met = fact(Measure.ADVISER_ALLOCATED, "2026-01-01", "2026-06-01", "2026-03-10");
        LedgerChange change = DeadlineLedger.reconcile(List.of(before), List.of(met), DAY);
        assertEquals(List.of(before), change.withdrawn());
        assertTrue(change.closed().isEmpty());
        assertEquals(List.of(new LedgerEntry(met, DAY, null)), change.opened());
    }

    @Test
    void aDutyOwedOnceKeepsItsEarliestMetDate() {
        LedgerEntry allocated = current(fact(Measure.ADVISER_ALLOCATED, "2026-01-01", "2026-06-01", "2026-02-01"), "2026-02-01");
        // a transfer to a new adviser shows a later allocation date; an adviser leaving shows none
        DeadlineFact transferred = fact(Measure.ADVISER_ALLOCATED, "2026-01-01", "2026-06-01", "2026-03-01");
        DeadlineFact ended = fact(Measure.ADVISER_ALLOCATED, "2026-01-01", "2026-06-01", null);
        assertTrue(DeadlineLedger.reconcile(List.of(allocated), List.of(transferred), DAY).isEmpty());
        assertTrue(DeadlineLedger.reconcile(List.of(allocated), List.of(ended), DAY).isEmpty());
        // an earlier date is a correction and is taken
        DeadlineFact corrected = fact(Measure.ADVISER_ALLOCATED, "2026-01-01", "2026-06-01", "2026-01-20");
        assertEquals(List.of(new LedgerEntry(corrected, DAY, null)),
                DeadlineLedger.reconcile(List.of(allocated), List.of(corrected), DAY).opened());
    }

    @Test
    void aReviewHeldSettlesThePreviousCycleAsMetOnTheDayTheNextBegan() {
        LedgerEntry cycle = current(fact(Measure.PLAN_REVIEW, "2025-07-01", "2026-01-01", null), "2025-07-01");
        DeadlineFact next = fact(Measure.PLAN_REVIEW, "2026-02-20", "2026-08-20", null);
        LedgerChange change = DeadlineLedger.reconcile(List.of(cycle), List.of(next), DAY);
        assertEquals(List.of(cycle.closedOn(DAY)), change.closed());
        assertEquals(List.of(new LedgerEntry(next, DAY, null),
                new LedgerEntry(cycle.fact().metOn(d("2026-02-20")), DAY, null)), change.opened());
    }

    @Test
    void aDeadlineNoLongerShownLapsesTodayUnlessItWasMet() {
        LedgerEntry unmet = current(fact(Measure.ENTITLEMENTS_EXPLAINED, "2026-01-01", "2026-06-01", null), "2026-01-01");
        LedgerEntry met = current(fact(Measure.NEEDS_ASSESSMENT, "2026-01-01", "2026-04-01", "2026-02-01"), "2026-02-01");
        LedgerEntry lapsesLater = current(fact(Measure.CONTACT, "2026-02-01", "2026-03-29", null).lapsedOn(d("2026-05-14")), "2026-02-01");
        LedgerChange change = DeadlineLedger.reconcile(List.of(unmet, met, lapsesLater), List.of(), DAY);
        assertEquals(List.of(unmet.closedOn(DAY), lapsesLater.closedOn(DAY)), change.closed());
        assertEquals(List.of(new LedgerEntry(unmet.fact().lapsedOn(DAY), DAY, null),
                new LedgerEntry(lapsesLater.fact().lapsedOn(DAY), DAY, null)), change.opened());
    }

    @Test
    void aNewLeaveExpiryDoesNotMeetThePreviousOne() {
        LedgerEntry previous = current(fact(Measure.UASC_FURTHER_LEAVE, "2025-10-01", "2026-01-01", null), "2025-10-01");
        DeadlineFact granted = fact(Measure.UASC_FURTHER_LEAVE, "2028-10-01", "2029-01-01", null);
        LedgerChange change = DeadlineLedger.reconcile(List.of(previous), List.of(granted), DAY);
        assertEquals(List.of(new LedgerEntry(granted, DAY, null),
                new LedgerEntry(previous.fact().lapsedOn(DAY), DAY, null)), change.opened());
    }

    @Test
    void aLedgerKeptDailyGivesTheTrendTheDueDatesOfTheirTime() {
        List<LedgerEntry> ledger = new ArrayList<>();
        apply(ledger, List.of(fact(Measure.ADVISER_ALLOCATED, "2025-11-01", "2026-01-15", null)), d("2025-12-01"));
        apply(ledger, List.of(fact(Measure.ADVISER_ALLOCATED, "2025-11-01", "2026-03-15", null)), d("2026-02-10"));
        apply(ledger, List.of(fact(Measure.ADVISER_ALLOCATED, "2025-11-01", "2026-03-15", "2026-03-01")), d("2026-03-01"));
        assertEquals(3, ledger.size());
        List<TrendPoint> trend = MonthlyTrend.of(ledger, YearMonth.of(2026, 3), 3, DAY, f -> true);
        assertEquals(1, trend.get(0).report().result(Measure.ADVISER_ALLOCATED).all().overdue());
        assertEquals(1, trend.get(1).report().result(Measure.ADVISER_ALLOCATED).all().open());
        assertEquals(1, trend.get(2).report().result(Measure.ADVISER_ALLOCATED).all().onTime());
    }

    /** The repository's part, in memory: close, delete and insert what the reconciliation says. */
    static void apply(List<LedgerEntry> ledger, List<DeadlineFact> today, LocalDate day) {
        List<LedgerEntry> current = ledger.stream().filter(LedgerEntry::current).toList();
        LedgerChange change = DeadlineLedger.reconcile(current, today, day);
        for (LedgerEntry closed : change.closed()) {
            ledger.set(ledger.indexOf(new LedgerEntry(closed.fact(), closed.knownFrom(), null)), closed);
        }
        ledger.removeAll(change.withdrawn());
        ledger.addAll(change.opened());
    }
}
