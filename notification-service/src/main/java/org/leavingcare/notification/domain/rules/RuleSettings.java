package org.leavingcare.notification.domain.rules;

import java.util.Set;

/**
 * The numbers the rules use. Statutory ones default to the law (rules.md); the rest are local policy
 * ([L]) and each authority sets its own. Days are calendar days, months calendar months (C-2).
 */
public record RuleSettings(
        LeapDayBirthdays leapDayBirthdays,
        int needsAssessmentUpcomingDays,
        int needsAssessmentCriticalDays,
        int planAfterAssessmentDays,
        int reviewUpcomingDays,
        int reviewCriticalDays,
        int relevantReviewMonths,
        int allocationUpcomingDays,
        int noAdviserCriticalDays,
        int contactWeeks,
        int contactUpcomingDays,
        int lostTouchWeeks,
        int lostTouchCriticalDays,
        int entitlementsAgeMonths,
        int entitlementsUpcomingDays,
        int turning21NoticeMonths,
        int disabledAssessmentCriticalDays,
        int adultReferralAgeMonths,
        int adultReferralUpcomingDays,
        int adultDecisionMonthsBefore18,
        int adultDecisionCriticalDays,
        int riskAssessmentDays,
        int riskAssessmentCriticalDays,
        int solicitorWindowMonths,
        int solicitorByMonthsBeforeExpiry,
        int solicitorCriticalDays,
        int furtherLeaveWindowMonths,
        int furtherLeaveCriticalDays,
        int triplePlanGraceDays,
        Set<String> settledImmigrationStatuses) {

    public RuleSettings {
        settledImmigrationStatuses = Set.copyOf(settledImmigrationStatuses);
    }

    /** The defaults documented in the README (and used when nothing is configured). */
    public static RuleSettings defaults() {
        return new RuleSettings(LeapDayBirthdays.MARCH_1,
                28, 28, 28,
                14, 28, 6,
                28, 28,
                8, 7, 12, 28,
                204, 28,
                3,
                14, 192, 90, 6, 90,
                1, 7,
                6, 3, 28,
                3, 28,
                28,
                Set.of("BRITISH_CITIZEN", "INDEFINITE_LEAVE_TO_REMAIN"));
    }
}
