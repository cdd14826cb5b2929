package org.leavingcare.leaver.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * PA-7 / PA-8: the keeping-in-touch clock runs from the start of the young person's unbroken run of
 * advisers, so a transfer restarts nothing: the current allocation and each one before it that ended on
 * or after the next began.
 */
public final class AdviserRun {

    private AdviserRun() {
    }

    /** One allocation as the run sees it; {@code endedOn} is {@code null} while it is open. */
    public record AllocationSpan(LocalDate startedOn, LocalDate endedOn) {
    }

    /**
     * The day the run that includes the current allocation began.
     *
     * @param currentStartedOn the start of the current (open) allocation
     * @param history every allocation of the young person, latest start first
     */
    public static LocalDate since(LocalDate currentStartedOn, List<AllocationSpan> history) {
        LocalDate since = currentStartedOn;
        for (AllocationSpan a : history) {
            // the open allocation is the current one; a later or equal start cannot extend the run backwards
            if (a.endedOn() == null || !a.startedOn().isBefore(since)) {
                continue;
            }
            if (a.endedOn().isBefore(since)) {
                break;
            }
            since = a.startedOn();
        }
        return since;
    }
}
