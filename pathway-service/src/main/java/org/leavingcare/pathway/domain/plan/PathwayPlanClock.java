package org.leavingcare.pathway.domain.plan;

import org.leavingcare.pathway.domain.calendar.StatutoryCalendar;
import org.leavingcare.pathway.domain.calendar.WorkingDays;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;

import java.time.LocalDate;
import java.util.List;

/** Pathway-plan deadlines: PP-1 (plan after assessment), PP-5..PP-7 (reviews), PP-10 (disputes), IRO escalation. */
public final class PathwayPlanClock {

    /** CPPCR reg 33: first looked-after review within 20 working days of becoming looked after. */
    static final int FIRST_LAC_REVIEW_WORKING_DAYS = 20;
    /** CPPCR reg 33: second review within 3 months of the first. */
    static final int SECOND_LAC_REVIEW_MONTHS = 3;
    /** CPPCR reg 33 (later LAC reviews) and PP-6 (relevant, former relevant): at least every 6 months. */
    static final int REVIEW_MONTHS = 6;
    /** PP-7: a review of council-provided accommodation 28 days after moving in ... */
    static final int ACCOMMODATION_FIRST_REVIEW_DAYS = 28;
    /** PP-7: ... then at least every 3 months while living there. */
    static final int ACCOMMODATION_REVIEW_MONTHS = 3;
    /** PP-10, 2006 Regs reg 14: a stage 1 response within 10 working days. */
    static final int STAGE_ONE_WORKING_DAYS = 10;

    private final WorkingDays workingDays;
    private final int planDueDays;
    private final int requestedReviewWorkingDays;
    private final int reviewDueSoonDays;
    private final int challengeEscalationWorkingDays;

    /**
     * @param planDueDays                    PP-1: days after a completed assessment by which a plan should exist (local)
     * @param requestedReviewWorkingDays     PP-6: working days within which a requested review is held (local)
     * @param reviewDueSoonDays              days before a review deadline from which it is DUE_SOON
     * @param challengeEscalationWorkingDays working days after which an open IRO challenge is an escalation (local)
     */
    public PathwayPlanClock(WorkingDays workingDays, int planDueDays, int requestedReviewWorkingDays,
                            int reviewDueSoonDays, int challengeEscalationWorkingDays) {
        this.workingDays = workingDays;
        this.planDueDays = planDueDays;
        this.requestedReviewWorkingDays = requestedReviewWorkingDays;
        this.reviewDueSoonDays = reviewDueSoonDays;
        this.challengeEscalationWorkingDays = challengeEscalationWorkingDays;
    }

    /** PP-1: "as soon as possible after the assessment", here a configured number of days. */
    public PlanStatus planStatus(LocalDate today, LocalDate assessmentCompletedOn, boolean planExists) {
        if (planExists) {
            return PlanStatus.STARTED;
        }
        if (assessmentCompletedOn == null) {
            return PlanStatus.NOT_DUE;
        }
        return today.isAfter(planDueOn(assessmentCompletedOn)) ? PlanStatus.PLAN_OVERDUE : PlanStatus.DUE;
    }

    public LocalDate planDueOn(LocalDate assessmentCompletedOn) {
        return assessmentCompletedOn.plusDays(planDueDays);
    }

    /**
     * When the plan must next be reviewed.
     *
     * @param category           today's category: for a child still looked after the plan is reviewed at the LAC
     *                           review (PP-5), otherwise every 6 months (PP-6)
     * @param lookedAfterSince   the first day of the current period of care, or null
     * @param planStartedOn      the day the plan was first agreed (or created, before that)
     * @param reviewsHeld        the dates of the plan's reviews
     * @param reviewRequestedOn  PP-6: the latest request for a review (young person, adviser, council), or null
     * @param councilAccommodationFrom PP-7: when a relevant child moved into accommodation the council provides, or null
     */
    public LocalDate nextReviewDue(CareLeaverCategory category, LocalDate lookedAfterSince, LocalDate planStartedOn,
                                   List<LocalDate> reviewsHeld, LocalDate reviewRequestedOn,
                                   LocalDate councilAccommodationFrom) {
        LocalDate last = reviewsHeld.stream().max(LocalDate::compareTo).orElse(null);
        LocalDate due;
        boolean lookedAfter = category == CareLeaverCategory.ELIGIBLE || category == CareLeaverCategory.LOOKED_AFTER;
        if (lookedAfter && lookedAfterSince != null) {
            // PP-5, CPPCR reg 33: 20 working days, then 3 months, then 6 months. The early stages apply only to a
            // plan in place from the start of care; a later plan joins the 6-monthly cycle.
            LocalDate firstLacReview = workingDays.add(lookedAfterSince, FIRST_LAC_REVIEW_WORKING_DAYS);
            LocalDate secondLacReview = StatutoryCalendar.addMonths(firstLacReview, SECOND_LAC_REVIEW_MONTHS);
            boolean planFromTheStart = !planStartedOn.isAfter(firstLacReview);
            long held = reviewsHeld.stream().filter(r -> !r.isBefore(lookedAfterSince)).count();
            if (planFromTheStart && held == 0) {
                due = firstLacReview;
            } else if (planFromTheStart && held == 1) {
                due = StatutoryCalendar.addMonths(last, SECOND_LAC_REVIEW_MONTHS);
            } else if (held == 0 && !planStartedOn.isAfter(secondLacReview)) {
                // reg 33: a plan made after the first looked-after review is next reviewed at the second, due
                // 3 months after the first (taken at its deadline: the first was held before the plan existed)
                due = secondLacReview;
            } else {
                due = StatutoryCalendar.addMonths(last == null ? planStartedOn : last, REVIEW_MONTHS);
            }
        } else {
            // PP-6: at least every 6 months
            due = StatutoryCalendar.addMonths(last == null ? planStartedOn : last, REVIEW_MONTHS);
        }
        if (category == CareLeaverCategory.RELEVANT && councilAccommodationFrom != null) {
            // PP-7: 28 days after moving in, then every 3 months while there
            // a review held within the first 28 days is not the review "as soon as practicable after 28 days"
            LocalDate firstAccommodationReview = councilAccommodationFrom.plusDays(ACCOMMODATION_FIRST_REVIEW_DAYS);
            LocalDate lastSinceMove = reviewsHeld.stream().filter(r -> !r.isBefore(firstAccommodationReview))
                    .max(LocalDate::compareTo).orElse(null);
            LocalDate accommodation = lastSinceMove == null ? firstAccommodationReview
                    : StatutoryCalendar.addMonths(lastSinceMove, ACCOMMODATION_REVIEW_MONTHS);
            if (accommodation.isBefore(due)) {
                due = accommodation;
            }
        }
        if (reviewRequestedOn != null && (last == null || reviewRequestedOn.isAfter(last))) {
            LocalDate requested = workingDays.add(reviewRequestedOn, requestedReviewWorkingDays);
            if (requested.isBefore(due)) {
                due = requested;
            }
        }
        return due;
    }

    /**
     * PP-6, A8: the request a review has to answer is the earliest one made after the last review, so a second
     * request never moves the deadline of an earlier one still waiting; a request made on or before the last review
     * was answered by it.
     *
     * @param recorded   the request recorded so far, or null
     * @param requested  the request being made
     * @param lastReview the latest review held, or null
     * @return the request to keep
     */
    public static LocalDate outstandingRequest(LocalDate recorded, LocalDate requested, LocalDate lastReview) {
        boolean recordedWaiting = recorded != null && (lastReview == null || recorded.isAfter(lastReview));
        boolean requestedWaiting = lastReview == null || requested.isAfter(lastReview);
        if (recordedWaiting && (!requestedWaiting || !requested.isBefore(recorded))) {
            return recorded;
        }
        return requested;
    }

    /** Days before a review deadline from which the review is DUE_SOON. */
    public int reviewDueSoonDays() {
        return reviewDueSoonDays;
    }

    public ReviewStatus reviewStatus(LocalDate today, LocalDate due) {
        if (today.isAfter(due)) {
            return ReviewStatus.OVERDUE;
        }
        return today.isBefore(due.minusDays(reviewDueSoonDays)) ? ReviewStatus.ON_TRACK : ReviewStatus.DUE_SOON;
    }

    /** PP-10: the stage 1 response is due 10 working days after the disagreement or complaint was received. */
    public LocalDate stageOneResponseDue(LocalDate raisedOn) {
        return workingDays.add(raisedOn, STAGE_ONE_WORKING_DAYS);
    }

    /** An IRO challenge still open more than the configured working days after it was raised is an escalation. */
    public boolean challengeEscalated(LocalDate today, LocalDate challengedOn) {
        return workingDays.between(challengedOn, today) > challengeEscalationWorkingDays;
    }

    /**
     * UASC-7: triple planning (a decision to stay before 18, no decision before 18, refusal or return) is required
     * for a young person without settled status: an unaccompanied child with nothing recorded, or any recorded
     * status other than indefinite leave or British citizenship.
     */
    public static boolean triplePlanRequired(boolean uasc, String immigrationStatus) {
        if (immigrationStatus == null) {
            return uasc;
        }
        return !immigrationStatus.equals("INDEFINITE_LEAVE_TO_REMAIN") && !immigrationStatus.equals("BRITISH_CITIZEN");
    }

    /** UASC-7: complete when all three strands are written. */
    public static boolean triplePlanComplete(String positiveDecision, String noDecisionBefore18, String refusalOrReturn) {
        return present(positiveDecision) && present(noDecisionBefore18) && present(refusalOrReturn);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
