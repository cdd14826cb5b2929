package org.leavingcare.pathway.domain.assessment;

import org.leavingcare.pathway.domain.calendar.StatutoryCalendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/** The needs-assessment deadlines: NA-1 (first assessment) and NA-6 (reassessment after a change of circumstance). */
public final class NeedsAssessmentClock {

    /** NA-1, CPPCR reg 42(1): complete not more than 3 months after the trigger. */
    static final int ASSESSMENT_MONTHS = 3;

    private final int dueSoonDays;
    private final int reassessmentDays;

    /**
     * @param dueSoonDays      how many days before a deadline the status turns to {@code DUE_SOON} (local policy)
     * @param reassessmentDays days after a change of circumstance a reassessment is due (NA-6, local policy)
     */
    public NeedsAssessmentClock(int dueSoonDays, int reassessmentDays) {
        this.dueSoonDays = dueSoonDays;
        this.reassessmentDays = reassessmentDays;
    }

    /**
     * NA-1: {@code add_months(max(d16, eligibility_date), 3)}, clamped to the month end (C-2); none if the young
     * person is never eligible.
     */
    public static LocalDate dueOn(LocalDate sixteenthBirthday, LocalDate eligibilityDate) {
        if (eligibilityDate == null) {
            return null;
        }
        LocalDate trigger = eligibilityDate.isAfter(sixteenthBirthday) ? eligibilityDate : sixteenthBirthday;
        return StatutoryCalendar.addMonths(trigger, ASSESSMENT_MONTHS);
    }

    /**
     * NA-1, A1: the completion the first deadline is judged on: the first one no more than 3 months before the
     * trigger ({@code max(d16, eligibility date)}); an assessment done long before the child became eligible is not
     * the assessment reg 42(1) asks for. Null if none counts. With no eligibility date there is no deadline, and the
     * first completion counts.
     */
    public static LocalDate completionJudged(LocalDate sixteenthBirthday, LocalDate eligibilityDate,
                                             Collection<LocalDate> completions) {
        LocalDate windowStart = null;
        if (eligibilityDate != null) {
            LocalDate trigger = eligibilityDate.isAfter(sixteenthBirthday) ? eligibilityDate : sixteenthBirthday;
            windowStart = StatutoryCalendar.addMonths(trigger, -ASSESSMENT_MONTHS);
        }
        LocalDate from = windowStart;
        return completions.stream().filter(d -> d != null && (from == null || !d.isBefore(from)))
                .min(LocalDate::compareTo).orElse(null);
    }

    /**
     * NA-6: the earliest change of circumstance after the latest completed assessment makes a reassessment due
     * {@code reassessmentDays} later; a newer completed assessment clears it. Nothing is due before a first
     * assessment has been completed: that one is still the NA-1 assessment.
     */
    public LocalDate reassessmentDueOn(LocalDate latestCompletedOn, Collection<LocalDate> changesOfCircumstance) {
        if (latestCompletedOn == null) {
            return null;
        }
        return changesOfCircumstance.stream()
                .filter(change -> change.isAfter(latestCompletedOn))
                .min(LocalDate::compareTo)
                .map(change -> change.plusDays(reassessmentDays))
                .orElse(null);
    }

    /**
     * The state on {@code today}.
     *
     * @param firstCompletedOn   the completion NA-1 is judged on ({@link #completionJudged}), or null
     * @param reassessmentDueOn  from {@link #reassessmentDueOn}, or null
     */
    public NeedsAssessmentState stateOn(LocalDate today, LocalDate sixteenthBirthday, LocalDate eligibilityDate,
                                        LocalDate firstCompletedOn, LocalDate reassessmentDueOn) {
        LocalDate dueOn = dueOn(sixteenthBirthday, eligibilityDate);
        if (reassessmentDueOn != null) {
            return new NeedsAssessmentState(dueOn, against(today, reassessmentDueOn), null, reassessmentDueOn);
        }
        if (firstCompletedOn != null) {
            int daysLate = dueOn == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(dueOn, firstCompletedOn));
            return new NeedsAssessmentState(dueOn, NeedsAssessmentStatus.COMPLETED, daysLate, null);
        }
        if (eligibilityDate == null || today.isBefore(eligibilityDate)) {
            return new NeedsAssessmentState(dueOn, NeedsAssessmentStatus.NOT_DUE, null, null);
        }
        return new NeedsAssessmentState(dueOn, against(today, dueOn), null, null);
    }

    /** C-2: the deadline day itself is on time. */
    private NeedsAssessmentStatus against(LocalDate today, LocalDate deadline) {
        if (today.isAfter(deadline)) {
            return NeedsAssessmentStatus.OVERDUE;
        }
        if (!today.isBefore(deadline.minusDays(dueSoonDays))) {
            return NeedsAssessmentStatus.DUE_SOON;
        }
        return NeedsAssessmentStatus.DUE;
    }
}
