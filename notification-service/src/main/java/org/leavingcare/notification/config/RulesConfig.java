package org.leavingcare.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.leavingcare.notification.domain.rules.LeapDayBirthdays;
import org.leavingcare.notification.domain.rules.RuleSettings;

import java.util.Set;

/**
 * The numbers the transition rules use (see the README's rules table). Statutory values default to
 * the law; the others are local policy that each authority sets. Days are calendar days.
 */
@ConfigMapping(prefix = "suite.rules")
public interface RulesConfig {

    /** C-1: the day a 29 February birthday falls on in other years. */
    @WithDefault("MARCH_1")
    LeapDayBirthdays leapDayBirthdays();

    /** A1/A2: days before the needs-assessment deadline an alert is raised as UPCOMING. */
    @WithDefault("28")
    int needsAssessmentUpcomingDays();

    /** A1: days overdue before a missing needs assessment is CRITICAL. */
    @WithDefault("28")
    int needsAssessmentCriticalDays();

    /** A3: days allowed from a completed needs assessment to a pathway plan. */
    @WithDefault("28")
    int planAfterAssessmentDays();

    /** A5/A6: days before a review date an alert is raised as UPCOMING. */
    @WithDefault("14")
    int reviewUpcomingDays();

    /** A5/A6: days overdue before a missing review is CRITICAL. */
    @WithDefault("28")
    int reviewCriticalDays();

    /** A5 (PP-6): longest gap in months between pathway plan reviews of relevant and former relevant young people. */
    @WithDefault("6")
    int relevantReviewMonths();

    /** A9: days before the allocation due date an alert is raised as UPCOMING. */
    @WithDefault("28")
    int allocationUpcomingDays();

    /** A10: days without a personal adviser before it is CRITICAL. */
    @WithDefault("28")
    int noAdviserCriticalDays();

    /** A12: weeks between face-to-face contacts when leaver-service gives no due date. */
    @WithDefault("8")
    int contactWeeks();

    /** A12: days before the contact due date an alert is raised as UPCOMING. */
    @WithDefault("7")
    int contactUpcomingDays();

    /** A13: weeks without successful contact before a young person counts as lost touch, when leaver-service gives no date. */
    @WithDefault("12")
    int lostTouchWeeks();

    /** A13: days lost touch before it is CRITICAL. */
    @WithDefault("28")
    int lostTouchCriticalDays();

    /** ENT-1: age in months by which rights and entitlements are explained, when leaver-service gives no date. */
    @WithDefault("204")
    int entitlementsAgeMonths();

    /** ENT-1: days before the entitlements due date an alert is raised as UPCOMING. */
    @WithDefault("28")
    int entitlementsUpcomingDays();

    /** A14: months before the 21st birthday a decision on support after 21 is asked for. */
    @WithDefault("3")
    int turning21NoticeMonths();

    /** DIS-NA: days a disabled eligible child's needs assessment is overdue before it is CRITICAL. */
    @WithDefault("14")
    int disabledAssessmentCriticalDays();

    /** A19: age in months by which a disabled young person is referred to adult social care (192 = 16 years). */
    @WithDefault("192")
    int adultReferralAgeMonths();

    /** A19: days before that age an alert is raised as UPCOMING. */
    @WithDefault("90")
    int adultReferralUpcomingDays();

    /** A20: months before the 18th birthday an adult decision or Care Act assessment is needed. */
    @WithDefault("6")
    int adultDecisionMonthsBefore18();

    /** A20: days overdue before a missing adult decision is CRITICAL. */
    @WithDefault("90")
    int adultDecisionCriticalDays();

    /** UASC-2: days allowed from first identification to the risk assessment. */
    @WithDefault("1")
    int riskAssessmentDays();

    /** UASC-2: days overdue before a missing risk assessment is CRITICAL. */
    @WithDefault("7")
    int riskAssessmentCriticalDays();

    /** A23: months before leave expires that a solicitor is needed. */
    @WithDefault("6")
    int solicitorWindowMonths();

    /** A23: months before expiry after which a missing solicitor is OVERDUE. */
    @WithDefault("3")
    int solicitorByMonthsBeforeExpiry();

    /** A23: days before expiry from which a missing solicitor is CRITICAL. */
    @WithDefault("28")
    int solicitorCriticalDays();

    /** A22: months before leave expires that a further-leave application is needed. */
    @WithDefault("3")
    int furtherLeaveWindowMonths();

    /** A22: days before expiry from which a missing application is CRITICAL. */
    @WithDefault("28")
    int furtherLeaveCriticalDays();

    /** A24: days allowed from a pathway plan to its triple plan. */
    @WithDefault("28")
    int triplePlanGraceDays();

    /** A24: immigration statuses (pathway-service values) that are settled and need no triple plan. */
    @WithDefault("BRITISH_CITIZEN,INDEFINITE_LEAVE_TO_REMAIN")
    Set<String> settledImmigrationStatuses();

    default RuleSettings toSettings() {
        return new RuleSettings(leapDayBirthdays(), needsAssessmentUpcomingDays(), needsAssessmentCriticalDays(),
                planAfterAssessmentDays(), reviewUpcomingDays(), reviewCriticalDays(), relevantReviewMonths(),
                allocationUpcomingDays(), noAdviserCriticalDays(), contactWeeks(), contactUpcomingDays(),
                lostTouchWeeks(), lostTouchCriticalDays(), entitlementsAgeMonths(), entitlementsUpcomingDays(),
                turning21NoticeMonths(), disabledAssessmentCriticalDays(), adultReferralAgeMonths(),
                adultReferralUpcomingDays(), adultDecisionMonthsBefore18(), adultDecisionCriticalDays(),
                riskAssessmentDays(), riskAssessmentCriticalDays(), solicitorWindowMonths(),
                solicitorByMonthsBeforeExpiry(), solicitorCriticalDays(), furtherLeaveWindowMonths(),
                furtherLeaveCriticalDays(), triplePlanGraceDays(), settledImmigrationStatuses());
    }
}
