package org.leavingcare.notification.domain.measures;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One young person's deadline for one clock, as the suite knows it: when the clock started, when the
 * duty falls due, when it was met ({@code null}: not yet), and when it stopped being owed unmet
 * ({@code lapsedOn}, e.g. the young person left the category that owed it; {@code null}: still owed).
 * The group flags and team are the young person's when the fact was recorded (parity splits and team
 * filters use them).
 *
 * @param opensOn the first day the duty is owed (the clock start); it identifies an instance of a recurring measure
 * @param dueOn   the last day on which meeting the duty is on time (C-2: the deadline day counts as on time)
 */
public record DeadlineFact(String caseRef, Measure measure, LocalDate opensOn, LocalDate dueOn, LocalDate metOn,
                           LocalDate lapsedOn, String team, boolean disabled, boolean uasc) {

    public DeadlineFact {
        if (caseRef == null || caseRef.isBlank()) {
            throw new IllegalArgumentException("caseRef is required");
        }
        Objects.requireNonNull(measure, "measure is required");
        Objects.requireNonNull(opensOn, "opensOn is required");
        Objects.requireNonNull(dueOn, "dueOn is required");
    }

    /** An instance still owed (neither met nor lapsed). */
    public static DeadlineFact owed(String caseRef, Measure measure, LocalDate opensOn, LocalDate dueOn,
                                    String team, boolean disabled, boolean uasc) {
        return new DeadlineFact(caseRef, measure, opensOn, dueOn, null, null, team, disabled, uasc);
    }

    public DeadlineFact metOn(LocalDate met) {
        return new DeadlineFact(caseRef, measure, opensOn, dueOn, met, lapsedOn, team, disabled, uasc);
    }

    public DeadlineFact lapsedOn(LocalDate lapsed) {
        return new DeadlineFact(caseRef, measure, opensOn, dueOn, metOn, lapsed, team, disabled, uasc);
    }

    /**
     * Which instance of which duty this is: a non-recurring duty is owed once (a moved due date is the
     * same duty), a recurring one once per clock start.
     */
    public DeadlineKey key() {
        return new DeadlineKey(caseRef, measure, measure.recurring() ? opensOn : null);
    }

    /** The identity of a deadline instance ({@code opensOn} is {@code null} for a non-recurring measure). */
    public record DeadlineKey(String caseRef, Measure measure, LocalDate opensOn) {
    }
}
