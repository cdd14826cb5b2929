package org.leavingcare.notification.domain.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the deadline ledger (docs/measures.md §3.3): given the versions the ledger holds as current and
 * the deadlines computed today from the projection, the versions to close and to open. A version is
 * written only when something about a deadline changed, so two years of a 100,000-person caseload stay
 * a few million rows, not one row per person per day.
 *
 * <ul>
 *   <li>A changed deadline (a due date that moved, a met date recorded) closes the old version and opens
 *       a new one.</li>
 *   <li>A duty owed once keeps its earliest met date: a later reassessment, a new adviser or a repeated
 *       explanation does not make a duty met on time look late, and an adviser leaving does not un-meet
 *       the allocation.</li>
 *   <li>A deadline the projection no longer shows is settled: if the next instance of a cycle has started
 *       (a review held, a contact made) it was met on the day the next one started; otherwise, unless
 *       already met or lapsed, it lapsed today (the young person left the category that owed it).</li>
 * </ul>
 */
public final class DeadlineLedger {

    private DeadlineLedger() {
    }

    /**
     * @param current the ledger's current versions ({@code knownUntil == null}) of one or more young people
     * @param today   the deadlines computed today for the same young people (all of them: one absent is settled)
     */
    public static LedgerChange reconcile(Collection<LedgerEntry> current, Collection<DeadlineFact> today, LocalDate day) {
        Objects.requireNonNull(day, "day is required");
        Map<DeadlineFact.DeadlineKey, LedgerEntry> previous = new LinkedHashMap<>();
        for (LedgerEntry entry : current) {
            if (!entry.current()) {
                throw new IllegalArgumentException("only current versions can be reconciled");
            }
            previous.put(entry.fact().key(), entry);
        }
        List<LedgerEntry> closed = new ArrayList<>();
        List<LedgerEntry> withdrawn = new ArrayList<>();
        List<LedgerEntry> opened = new ArrayList<>();
        Map<DeadlineFact.DeadlineKey, DeadlineFact> seen = new LinkedHashMap<>();
        for (DeadlineFact fact : today) {
            seen.put(fact.key(), fact);
        }
        for (DeadlineFact fact : seen.values()) {
            LedgerEntry before = previous.get(fact.key());
            DeadlineFact now = before == null ? fact : keepEarliestMet(before.fact(), fact);
            if (before == null) {
                opened.add(new LedgerEntry(now, day, null));
            } else if (!before.fact().equals(now)) {
                supersede(before, now, day, closed, withdrawn, opened);
            }
        }
        for (LedgerEntry before : previous.values()) {
            DeadlineFact fact = before.fact();
            boolean lapsedAlready = fact.lapsedOn() != null && !fact.lapsedOn().isAfter(day);
            if (seen.containsKey(fact.key()) || fact.metOn() != null || lapsedAlready) {
                continue;
            }
            LocalDate successorStart = fact.measure().completedBySuccessor() ? successorStart(fact, seen.values()) : null;
            DeadlineFact settled = successorStart != null ? fact.metOn(successorStart) : fact.lapsedOn(day);
            supersede(before, settled, day, closed, withdrawn, opened);
        }
        return new LedgerChange(closed, withdrawn, opened);
    }

    private static void supersede(LedgerEntry before, DeadlineFact now, LocalDate day,
                                  List<LedgerEntry> closed, List<LedgerEntry> withdrawn, List<LedgerEntry> opened) {
        if (before.knownFrom().isBefore(day)) {
            closed.add(before.closedOn(day));
        } else {
            withdrawn.add(before);
        }
        opened.add(new LedgerEntry(now, day, null));
    }

    private static DeadlineFact keepEarliestMet(DeadlineFact before, DeadlineFact now) {
        if (before.measure().recurring() || before.metOn() == null) {
            return now;
        }
        if (now.metOn() == null || now.metOn().isAfter(before.metOn())) {
            return new DeadlineFact(now.caseRef(), now.measure(), now.opensOn(), now.dueOn(), before.metOn(), null,
                    now.team(), now.disabled(), now.uasc());
        }
        return now;
    }

    /** The start of the earliest later instance of the same cycle for the same young person. */
    private static LocalDate successorStart(DeadlineFact fact, Collection<DeadlineFact> today) {
        LocalDate earliest = null;
        for (DeadlineFact other : today) {
            if (other.measure() == fact.measure() && other.caseRef().equals(fact.caseRef())
                    && other.opensOn().isAfter(fact.opensOn())
                    && (earliest == null || other.opensOn().isBefore(earliest))) {
                earliest = other.opensOn();
            }
        }
        return earliest;
    }
}
