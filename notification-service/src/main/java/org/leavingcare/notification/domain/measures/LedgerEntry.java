package org.leavingcare.notification.domain.measures;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a deadline in the deadline ledger: what the suite knew of it from {@code knownFrom}
 * (inclusive) until {@code knownUntil} (exclusive; {@code null}: still what it knows). A trend judges each
 * month with the versions known on that month's last day, so a deadline that moved later, or a met date
 * recorded after the month ended, does not rewrite a month already reported (docs/measures.md §3).
 */
public record LedgerEntry(DeadlineFact fact, LocalDate knownFrom, LocalDate knownUntil) {

    public LedgerEntry {
        Objects.requireNonNull(fact, "fact is required");
        Objects.requireNonNull(knownFrom, "knownFrom is required");
        if (knownUntil != null && !knownUntil.isAfter(knownFrom)) {
            throw new IllegalArgumentException("knownUntil must be after knownFrom");
        }
    }

    /**
     * Today's knowledge taken as if it had always been known: the fallback before the ledger holds any
     * history, which recomputes past months from today's state.
     */
    public static LedgerEntry assumedAlwaysKnown(DeadlineFact fact) {
        return new LedgerEntry(fact, LocalDate.MIN, null);
    }

    public boolean knownOn(LocalDate day) {
        return !day.isBefore(knownFrom) && (knownUntil == null || day.isBefore(knownUntil));
    }

    public boolean current() {
        return knownUntil == null;
    }

    public LedgerEntry closedOn(LocalDate day) {
        return new LedgerEntry(fact, knownFrom, day);
    }
}
