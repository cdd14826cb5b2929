package org.leavingcare.notification.domain.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A reporting period {@code [from, to)}: {@code from} inclusive, {@code to} exclusive, so months join
 * without overlap ({@code [2026-01-01, 2026-02-01)} is January). Deadlines are judged as they stand when
 * {@code judgedAt} begins: normally {@code to}, the end of the period's last day; for a period that has
 * not ended yet, today, so a deadline due today is still open rather than overdue (docs/measures.md §2.1).
 */
public record Period(LocalDate from, LocalDate to, LocalDate judgedAt) {

    public Period {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        Objects.requireNonNull(judgedAt, "judgedAt is required");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from");
        }
        if (judgedAt.isBefore(from) || judgedAt.isAfter(to)) {
            throw new IllegalArgumentException("judgedAt must be within [from, to]");
        }
    }

    /** A period judged at its end. */
    public Period(LocalDate from, LocalDate to) {
        this(from, to, to);
    }

    public static Period of(YearMonth month) {
        return new Period(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /** This period judged as at the start of {@code today} when it has not ended by then. */
    public Period asAt(LocalDate today) {
        LocalDate at = today.isBefore(from) ? from : today.isBefore(to) ? today : to;
        return new Period(from, to, at);
    }

    /**
     * The day before which a clock must have started, or a deadline been met or lapsed, to count: {@code to}
     * for an ended period; the day after {@code judgedAt} for one still running, so what happened today counts.
     */
    public LocalDate settledBefore() {
        return judgedAt.equals(to) ? to : judgedAt.plusDays(1);
    }

    /** The last day whose facts count (the ledger's versions known on this day are the ones judged). */
    public LocalDate lastKnownDay() {
        return settledBefore().minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }

    /**
     * Where the deadline stands at the end of this period; {@code null} when it is not in the period's
     * cohort: its clock had not started by the end of the period, it was settled (met, or lapsed) before
     * the period began, or it lapsed in the period before it fell due. An unmet deadline is overdue once
     * its due date is before {@code judgedAt}.
     */
    public Outcome outcomeOf(DeadlineFact fact) {
        LocalDate before = settledBefore();
        if (!fact.opensOn().isBefore(before)) {
            return null;
        }
        LocalDate met = fact.metOn();
        if (met != null && met.isBefore(before)) {
            // a duty met before its clock started (an assessment done just before eligibility) is
            // settled on the day the clock starts, so it is counted once, in the period it became owed
            LocalDate settled = met.isBefore(fact.opensOn()) ? fact.opensOn() : met;
            if (settled.isBefore(from)) {
                return null;
            }
            return met.isAfter(fact.dueOn()) ? Outcome.LATE : Outcome.ON_TIME;
        }
        LocalDate lapsed = fact.lapsedOn();
        if (lapsed != null && lapsed.isBefore(before)) {
            if (lapsed.isBefore(from) || !fact.dueOn().isBefore(lapsed)) {
                return null;
            }
            // the duty stopped being owed after it fell due unmet: a breach, counted in the period it ended
            return Outcome.OVERDUE;
        }
        return fact.dueOn().isBefore(judgedAt) ? Outcome.OVERDUE : Outcome.OPEN;
    }

    /**
     * Days late of a LATE or OVERDUE deadline: met date minus due date; for an overdue one, the days from
     * the due date to {@code judgedAt} ({@code to - due} for an ended period: what it would be if met on
     * {@code to}), or to the day it lapsed. 0 for any other outcome.
     */
    public long daysLate(DeadlineFact fact, Outcome outcome) {
        return switch (outcome) {
            case LATE -> ChronoUnit.DAYS.between(fact.dueOn(), fact.metOn());
            case OVERDUE -> {
                LocalDate lapsed = fact.lapsedOn();
                LocalDate end = lapsed != null && lapsed.isBefore(settledBefore()) ? lapsed : judgedAt;
                yield ChronoUnit.DAYS.between(fact.dueOn(), end);
            }
            case ON_TIME, OPEN -> 0;
        };
    }
}
