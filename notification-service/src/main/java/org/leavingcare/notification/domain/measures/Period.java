package org.leavingcare.notification.domain.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A reporting period {@code [from, to)}: {@code from} inclusive, {@code to} exclusive, so months join
 * without overlap ({@code [2026-01-01, 2026-02-01)} is January). A deadline is judged as it stands at the
 * end of the period's last day, {@code to - 1} (docs/measures.md §2.1).
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from");
        }
    }

    public static Period of(YearMonth month) {
        return new Period(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
        return to.minusDays(1);
    }

    /**
     * Where the deadline stands at the end of this period; {@code null} when it is not in the period's
     * cohort: its clock had not started by the end of the period, it was settled (met, or lapsed) before
     * the period began, or it lapsed in the period before it fell due.
     */
    public Outcome outcomeOf(DeadlineFact fact) {
        if (!fact.opensOn().isBefore(to)) {
            return null;
        }
        LocalDate met = fact.metOn();
        if (met != null && met.isBefore(to)) {
            // a duty met before its clock started (an assessment done just before eligibility) is
            // settled on the day the clock starts, so it is counted once, in the period it became owed
            LocalDate settled = met.isBefore(fact.opensOn()) ? fact.opensOn() : met;
            if (settled.isBefore(from)) {
                return null;
            }
            return met.isAfter(fact.dueOn()) ? Outcome.LATE : Outcome.ON_TIME;
        }
        LocalDate lapsed = fact.lapsedOn();
        if (lapsed != null && lapsed.isBefore(to)) {
            if (lapsed.isBefore(from) || !fact.dueOn().isBefore(lapsed)) {
                return null;
            }
            // the duty stopped being owed after it fell due unmet: a breach, counted in the period it ended
            return Outcome.OVERDUE;
        }
        return fact.dueOn().isBefore(to) ? Outcome.OVERDUE : Outcome.OPEN;
    }

    /**
     * Days late of a LATE or OVERDUE deadline: met date minus due date; for an overdue one, the days from
     * the due date to the end of the period ({@code to - due}: what it would be if met on {@code to}), or
     * to the day it lapsed. 0 for any other outcome.
     */
    public long daysLate(DeadlineFact fact, Outcome outcome) {
        return switch (outcome) {
            case LATE -> ChronoUnit.DAYS.between(fact.dueOn(), fact.metOn());
            case OVERDUE -> {
                LocalDate lapsed = fact.lapsedOn();
                LocalDate end = lapsed != null && lapsed.isBefore(to) ? lapsed : to;
                yield ChronoUnit.DAYS.between(fact.dueOn(), end);
            }
            case ON_TIME, OPEN -> 0;
        };
    }
}
