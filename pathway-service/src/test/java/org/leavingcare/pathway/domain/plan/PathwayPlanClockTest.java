package org.leavingcare.pathway.domain.plan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavingcare.pathway.domain.calendar.WorkingDays;
import org.leavingcare.pathway.domain.calendar.WorkingDaysTest;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PP-1, PP-5, PP-6, PP-10, UASC-7, with 28 days for a plan, 20 working days for a requested review or a challenge. */
class PathwayPlanClockTest {

    final PathwayPlanClock clock = new PathwayPlanClock(new WorkingDays(WorkingDaysTest.ENGLAND), 28, 20, 28, 20);

    // PP-1: a plan within 28 days of the completed assessment (completed 2026-02-01, due 2026-03-01)
    @ParameterizedTest(name = "{0}: completed {1}, plan exists {2} -> {3}")
    @CsvSource({
            "2026-03-01, 2026-02-01, false, DUE",
            "2026-03-02, 2026-02-01, false, PLAN_OVERDUE",
            "2026-03-02, 2026-02-01, true,  STARTED",
            "2026-03-02,           , false, NOT_DUE",
    })
    void aPlanIsDueAfterTheAssessment(LocalDate today, LocalDate completed, boolean exists, PlanStatus expected) {
        assertEquals(expected, clock.planStatus(today, completed, exists));
    }

    @ParameterizedTest(name = "[{index}] {0}, in care since {1}, plan from {2}, reviews {3}, requested {4}: due {5}")
    @CsvSource({
            // PP-6: relevant and former relevant: 6 months after the plan, then after each review (clamped, C-2)
            "RELEVANT,        ,           2026-01-15, ,                      ,           2026-07-15",
            "RELEVANT,        ,           2026-01-15, 2026-05-31,            ,           2026-11-30",
            "FORMER_RELEVANT, ,           2026-01-15, 2026-02-01 2026-06-01, ,           2026-12-01",
            // PP-5: an eligible child long in care joins the 6-monthly looked-after review cycle
            "ELIGIBLE,        2023-09-01, 2026-02-01, ,                      ,           2026-08-01",
            "ELIGIBLE,        2023-09-01, 2026-02-01, 2026-04-10,            ,           2026-10-10",
            // PP-5, CPPCR reg 33: a plan from the start of care: 20 working days, then 3 months, then 6 months
            "ELIGIBLE,        2026-03-02, 2026-03-10, ,                      ,           2026-03-30",
            "ELIGIBLE,        2026-03-02, 2026-03-30, ,                      ,           2026-03-30",
            // a plan made after the first looked-after review is reviewed at the second, 3 months after the first
            "ELIGIBLE,        2026-03-02, 2026-03-31, ,                      ,           2026-06-30",
            "ELIGIBLE,        2026-03-02, 2026-06-30, ,                      ,           2026-06-30",
            "ELIGIBLE,        2026-03-02, 2026-07-01, ,                      ,           2027-01-01",
            "ELIGIBLE,        2026-03-02, 2026-03-31, 2026-06-25,            ,           2026-12-25",
            "ELIGIBLE,        2026-03-02, 2026-03-10, 2026-03-27,            ,           2026-06-27",
            "ELIGIBLE,        2026-03-02, 2026-03-10, 2026-03-27 2026-06-20, ,           2026-12-20",
            // looked after but not (yet) eligible: the looked-after cycle too; qualifying: 6-monthly
            "LOOKED_AFTER,    2026-03-02, 2026-03-10, ,                      ,           2026-03-30",
            "QUALIFYING,      ,           2026-01-15, 2026-04-01,            ,           2026-10-01",
            // an eligible child whose care ended is reviewed 6-monthly (no period of care to count from)
            "ELIGIBLE,        ,           2026-01-15, ,                      ,           2026-07-15",
            // PP-6: a requested review within 20 working days, if sooner and after the last review
            "RELEVANT,        ,           2026-01-15, ,                      2026-03-02, 2026-03-30",
            "RELEVANT,        ,           2026-01-15, 2026-03-10,            2026-03-02, 2026-09-10",
            "RELEVANT,        ,           2026-01-15, ,                      2026-07-01, 2026-07-15",
    })
    void theNextReviewFollowsTheCategorysCycle(CareLeaverCategory category, LocalDate inCareSince, LocalDate planFrom,
                                               String reviews, LocalDate requested, LocalDate expected) {
        List<LocalDate> held = reviews == null ? List.of()
                : Arrays.stream(reviews.trim().split(" +")).map(LocalDate::parse).toList();
        assertEquals(expected, clock.nextReviewDue(category, inCareSince, planFrom, held, requested, null));
    }

    // PP-7: a relevant child in council-provided accommodation (moved in 2026-03-02): 28 days, then every 3 months
    @ParameterizedTest(name = "[{index}] {0}, moved in {1}, reviews {2}: due {3}")
    @CsvSource({
            "RELEVANT,        2026-03-02, ,                      2026-03-30",
            "RELEVANT,        2026-03-02, 2026-03-30,            2026-06-30",
            "RELEVANT,        2026-03-02, 2026-02-01,            2026-03-30",
            // a review within the first 28 days is not the accommodation review: that is still due on day 28
            "RELEVANT,        2026-03-02, 2026-03-20,            2026-03-30",
            "RELEVANT,        2026-03-02, 2026-03-29,            2026-03-30",
            "RELEVANT,        2026-03-02, 2026-03-30 2026-06-29, 2026-09-29",
            // only for relevant children; former relevant stay 6-monthly
            "FORMER_RELEVANT, 2026-03-02, ,                      2026-07-15",
    })
    void councilAccommodationIsReviewedAfter28DaysThenEveryThreeMonths(CareLeaverCategory category, LocalDate movedIn,
                                                                       String reviews, LocalDate expected) {
        List<LocalDate> held = reviews == null ? List.of()
                : Arrays.stream(reviews.trim().split(" +")).map(LocalDate::parse).toList();
        assertEquals(expected, clock.nextReviewDue(category, null, LocalDate.of(2026, 1, 15), held, null, movedIn));
    }

    // PP-6, A8: the earliest request after the last review is the one a review must answer
    @ParameterizedTest(name = "recorded {0}, requested {1}, last review {2}: keep {3}")
    @CsvSource({
            "          , 2026-03-02,           , 2026-03-02",
            "2026-03-02, 2026-03-20,           , 2026-03-02",
            "2026-03-20, 2026-03-02,           , 2026-03-02",
            "2026-03-02, 2026-03-02,           , 2026-03-02",
            "2026-02-01, 2026-03-02, 2026-02-10, 2026-03-02",
            "2026-02-10, 2026-03-02, 2026-02-10, 2026-03-02",
            "2026-02-11, 2026-03-02, 2026-02-10, 2026-02-11",
            "2026-03-02, 2026-02-05, 2026-02-10, 2026-03-02",
    })
    void aLaterRequestNeverMovesAnEarlierOneStillWaiting(LocalDate recorded, LocalDate requested, LocalDate lastReview,
                                                         LocalDate kept) {
        assertEquals(kept, PathwayPlanClock.outstandingRequest(recorded, requested, lastReview));
    }

    @ParameterizedTest(name = "{0} with review due 2026-07-15: {1}")
    @CsvSource({
            "2026-06-16, ON_TRACK",
            "2026-06-17, DUE_SOON",
            "2026-07-15, DUE_SOON",
            "2026-07-16, OVERDUE",
    })
    void reviewStatusAroundTheDeadline(LocalDate today, ReviewStatus expected) {
        assertEquals(expected, clock.reviewStatus(today, LocalDate.of(2026, 7, 15)));
    }

    // PP-10: stage 1 within 10 working days, across the 2026 year end
    @ParameterizedTest(name = "raised {0}: stage 1 due {1}")
    @CsvSource({
            "2026-03-02, 2026-03-16",
            "2026-12-23, 2027-01-11",
            "2026-04-02, 2026-04-20",
    })
    void stageOneIsDueInTenWorkingDays(LocalDate raised, LocalDate due) {
        assertEquals(due, clock.stageOneResponseDue(raised));
    }

    @ParameterizedTest(name = "challenged {0}, today {1}: escalated {2}")
    @CsvSource({
            "2026-03-02, 2026-03-30, false",
            "2026-03-02, 2026-03-31, true",
            "2026-12-01, 2026-12-30, false",
            "2026-12-01, 2027-01-04, true",
    })
    void anOpenChallengeEscalatesAfterTwentyWorkingDays(LocalDate challenged, LocalDate today, boolean escalated) {
        assertEquals(escalated, clock.challengeEscalated(today, challenged));
    }

    // UASC-7
    @ParameterizedTest(name = "uasc {0}, status {1}: triple plan required {2}")
    @CsvSource({
            "true,  ,                           true",
            "false, ,                           false",
            "true,  ASYLUM_CLAIM_PENDING,       true",
            "false, LIMITED_LEAVE,              true",
            "true,  REFUGEE_STATUS,             true",
            "true,  INDEFINITE_LEAVE_TO_REMAIN, false",
            "true,  BRITISH_CITIZEN,            false",
    })
    void triplePlanningIsRequiredWithoutSettledStatus(boolean uasc, String status, boolean required) {
        assertEquals(required, PathwayPlanClock.triplePlanRequired(uasc, status));
    }

    @ParameterizedTest(name = "strands [{0}] [{1}] [{2}]: complete {3}")
    @CsvSource({
            "stay, wait, return, true",
            "stay, wait,       , false",
            "stay, '  ', return, false",
    })
    void aTriplePlanNeedsAllThreeStrands(String stay, String wait, String ret, boolean complete) {
        assertEquals(complete, PathwayPlanClock.triplePlanComplete(stay, wait, ret));
    }
}
