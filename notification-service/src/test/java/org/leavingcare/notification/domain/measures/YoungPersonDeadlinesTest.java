package org.leavingcare.notification.domain.measures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavingcare.notification.domain.rules.Category;
import org.leavingcare.notification.domain.rules.CategorySegment;
import org.leavingcare.notification.domain.rules.Finding;
import org.leavingcare.notification.domain.rules.RuleCatalogue;
import org.leavingcare.notification.domain.rules.RuleSettings;
import org.leavingcare.notification.domain.rules.YoungPersonFacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadlines read from the projection, for the contract's example young person: born 2010-05-14
 * (16 on 2026-05-14, 18 on 2028-05-14, 21 on 2031-05-14), looked after from 2023-09-01, eligible from
 * the 16th birthday; the needs assessment due 2026-08-14.
 */
class YoungPersonDeadlinesTest {

    static final RuleSettings SETTINGS = RuleSettings.defaults();

    static LocalDate d(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    static CategorySegment segment(Category category, String from, String until) {
        return new CategorySegment(category, d(from), d(until));
    }

    /** Eligible at 16, former relevant at 18 (looked after until 18). */
    static final List<CategorySegment> STAYED_TO_18 = List.of(
            segment(Category.LOOKED_AFTER, "2023-09-01", "2026-05-14"),
            segment(Category.ELIGIBLE, "2026-05-14", "2028-05-14"),
            segment(Category.FORMER_RELEVANT, "2028-05-14", null));

    /** Left care at 16 years 3½ months: relevant from 2026-09-01. */
    static final List<CategorySegment> LEFT_AT_16 = List.of(
            segment(Category.LOOKED_AFTER, "2023-09-01", "2026-05-14"),
            segment(Category.ELIGIBLE, "2026-05-14", "2026-09-01"),
            segment(Category.RELEVANT, "2026-09-01", "2028-05-14"),
            segment(Category.FORMER_RELEVANT, "2028-05-14", null));

    static final class Person {
        String dateOfBirth = "2010-05-14";
        boolean disabled;
        boolean uasc;
        boolean likelyAdultCareNeeds;
        List<CategorySegment> timeline = STAYED_TO_18;
        YoungPersonFacts.NeedsAssessment na = new YoungPersonFacts.NeedsAssessment(d("2026-08-14"), null, null, false, null);
        YoungPersonFacts.Immigration immigration;
        YoungPersonFacts.AdultTransition adultTransition;
        YoungPersonFacts.PathwayPlan plan;
        YoungPersonFacts.Leaver leaver;

        Person assessed(String completedOn) {
            na = new YoungPersonFacts.NeedsAssessment(na.dueOn(), null, d(completedOn), false, null);
            return this;
        }

        Person plan(String createdOn, String agreedOn, String lastReviewOn, String nextReviewDue) {
            plan = new YoungPersonFacts.PathwayPlan(12L, d(createdOn), d(agreedOn), d(lastReviewOn), d(nextReviewDue), false);
            return this;
        }

        Person leaver(String allocationDueOn, String adviser, String allocatedOn, String lastSuccessful, String lastFaceToFace,
                      String contactDueBy, String lostTouchAfter, String explainedOn, String entitlementsDueBy) {
            leaver = new YoungPersonFacts.Leaver(d(allocationDueOn), adviser, d(allocatedOn), d(lastSuccessful),
                    d(lastFaceToFace), d(contactDueBy), d(lostTouchAfter), d(explainedOn), d(entitlementsDueBy), null);
            return this;
        }

        YoungPersonFacts facts() {
            return new YoungPersonFacts("CR-YP1", "north", d(dateOfBirth), disabled, likelyAdultCareNeeds, false, uasc,
                    d("2026-05-14"), timeline, na, immigration, adultTransition, plan, leaver);
        }

        Optional<DeadlineFact> deadline(Measure measure) {
            return YoungPersonDeadlines.of(facts(), SETTINGS).stream().filter(f -> f.measure() == measure).findFirst();
        }
    }

    static void assertDeadline(Optional<DeadlineFact> deadline, String opens, String due, String met, String lapses) {
        assertTrue(deadline.isPresent(), "expected a deadline");
        DeadlineFact f = deadline.get();
        assertEquals(List.of(String.valueOf(opens), String.valueOf(due), String.valueOf(met), String.valueOf(lapses)),
                List.of(String.valueOf(f.opensOn()), String.valueOf(f.dueOn()), String.valueOf(f.metOn()), String.valueOf(f.lapsedOn())));
    }

    @ParameterizedTest(name = "assessment completed {0}: met {1}")
    @CsvSource(nullValues = "-", value = {
            "-,          -",
            "2026-08-01, 2026-08-01",
            "2026-02-14, 2026-02-14",  // within the 3 months before eligibility still counts (A1)
            "2026-02-13, -"            // an older assessment does not
    })
    void theNeedsAssessmentIsDueThreeMonthsAfterEligibilityAndLapsesWhenEligibilityEnds(String completed, String met) {
        assertDeadline(new Person().assessed(completed).deadline(Measure.NEEDS_ASSESSMENT), "2026-05-14", "2026-08-14", met,
                met == null ? "2028-05-14" : null);
    }

    @Test
    void aChildWhoLeavesCareAtSixteenStopsOwingTheEligibleChildsDeadlinesThen() {
        Person p = new Person();
        p.timeline = LEFT_AT_16;
        assertDeadline(p.deadline(Measure.NEEDS_ASSESSMENT), "2026-05-14", "2026-08-14", null, "2026-09-01");
    }

    @Test
    void thePlanIsDueTheConfiguredDaysAfterTheAssessment() {
        assertDeadline(new Person().assessed("2026-08-01").deadline(Measure.PLAN_AFTER_ASSESSMENT),
                "2026-08-01", "2026-08-29", null, "2031-05-14");
        assertDeadline(new Person().assessed("2026-08-01").plan("2026-08-20", null, null, null).deadline(Measure.PLAN_AFTER_ASSESSMENT),
                "2026-08-01", "2026-08-29", "2026-08-20", null);
        assertTrue(new Person().deadline(Measure.PLAN_AFTER_ASSESSMENT).isEmpty(), "no assessment, no plan clock");
    }

    @ParameterizedTest(name = "created {0}, agreed {1}, reviewed {2}, next due {3}: cycle from {4}, due {5}")
    @CsvSource(nullValues = "-", value = {
            "2026-08-20, -,          -,          2026-09-10, 2026-08-20, 2026-09-10",  // pathway-service's earlier date wins
            "2026-08-20, 2026-09-01, -,          -,          2026-09-01, 2027-03-01",  // 6 months from the agreement
            "2026-08-20, 2026-09-01, 2027-02-01, 2027-09-01, 2027-02-01, 2027-08-01"   // at most 6 months from the last review
    })
    void theOpenReviewCycleRunsFromTheLastReview(String created, String agreed, String reviewed, String nextDue,
                                                 String opens, String due) {
        assertDeadline(new Person().plan(created, agreed, reviewed, nextDue).deadline(Measure.PLAN_REVIEW),
                opens, due, null, "2031-05-14");
    }

    @Test
    void theAdviserIsDueByLeaverServicesAllocationDate() {
        assertDeadline(new Person().leaver("2027-11-14", "pa-7", "2027-10-01", null, null, null, null, null, null)
                .deadline(Measure.ADVISER_ALLOCATED), "2026-05-14", "2027-11-14", "2027-10-01", null);
        assertDeadline(new Person().leaver("2027-11-14", null, null, null, null, null, null, null, null)
                .deadline(Measure.ADVISER_ALLOCATED), "2026-05-14", "2027-11-14", null, "2028-05-14");
        assertTrue(new Person().deadline(Measure.ADVISER_ALLOCATED).isEmpty(), "no allocation date published yet");
    }

    @Test
    void contactAndLostTouchRunFromTheLastContactWhileTheAdviserDutyLasts() {
        Person p = new Person();
        p.timeline = LEFT_AT_16;
        p.leaver(null, "pa-7", "2026-09-05", "2027-01-20", "2027-01-10", "2027-03-07", "2027-04-14", null, null);
        assertDeadline(p.deadline(Measure.CONTACT), "2027-01-10", "2027-03-07", null, "2031-05-14");
        assertDeadline(p.deadline(Measure.IN_TOUCH), "2027-01-20", "2027-04-14", null, "2031-05-14");
    }

    @Test
    void aContactBeforeTheAdviserDutyStartsTheClockOnlyWhenTheDutyDoes() {
        Person p = new Person();
        p.leaver(null, "pa-7", "2027-10-01", "2028-01-01", "2028-01-01", "2028-07-09", "2028-08-06", null, null);
        // stayed to 18: the adviser duty (relevant or former relevant) starts on the 18th birthday
        assertDeadline(p.deadline(Measure.CONTACT), "2028-05-14", "2028-07-09", null, "2031-05-14");
    }

    @Test
    void noContactDeadlineWhenLeaverServiceSaysItFallsAfterTheDuty() {
        Person p = new Person();
        p.timeline = LEFT_AT_16;
        p.leaver(null, "pa-7", "2026-09-05", null, null, null, null, null, null);
        assertTrue(p.deadline(Measure.CONTACT).isEmpty());
    }

    @Test
    void entitlementsAreDueByTheConfiguredAgeUnlessLeaverServiceSaysOtherwise() {
        // 204 months: 17 on 2027-05-14
        assertDeadline(new Person().deadline(Measure.ENTITLEMENTS_EXPLAINED), "2026-05-14", "2027-05-14", null, "2031-05-14");
        assertDeadline(new Person().leaver(null, null, null, null, null, null, null, "2027-04-01", "2027-01-14")
                .deadline(Measure.ENTITLEMENTS_EXPLAINED), "2026-05-14", "2027-01-14", "2027-04-01", null);
    }

    @Test
    void unaccompaniedChildrensClocks() {
        Person p = new Person();
        p.uasc = true;
        p.immigration = new YoungPersonFacts.Immigration("UASC_LEAVE", d("2025-01-10"), null, d("2027-11-14"), null, d("2027-11-14"));
        assertDeadline(p.deadline(Measure.UASC_RISK_ASSESSMENT), "2025-01-10", "2025-01-11", null, null);
        // an application on the expiry day is in time (s3C)
        assertDeadline(p.deadline(Measure.UASC_FURTHER_LEAVE), "2027-08-14", "2027-11-14", "2027-11-14", null);
        p.uasc = false;
        assertTrue(p.deadline(Measure.UASC_RISK_ASSESSMENT).isEmpty(), "the risk assessment is for unaccompanied children");
    }

    @Test
    void disabledYoungPeoplesClocks() {
        Person p = new Person();
        p.disabled = true;
        // referral by 16 (192 months), owed under 18; decision 6 months before 18, owed under s66 to 25
        assertDeadline(p.deadline(Measure.ADULT_CARE_REFERRAL), "2023-09-01", "2026-05-14", null, "2028-05-14");
        assertDeadline(p.deadline(Measure.CARE_ACT_DECISION), "2023-09-01", "2027-11-14", null, "2035-05-14");
        p.adultTransition = new YoungPersonFacts.AdultTransition(d("2026-06-01"), null, "DEFERRED", d("2026-04-01"));
        assertDeadline(p.deadline(Measure.ADULT_CARE_REFERRAL), "2023-09-01", "2026-05-14", "2026-04-01", null);
        assertDeadline(p.deadline(Measure.CARE_ACT_DECISION), "2023-09-01", "2027-11-14", null, "2035-05-14");
        p.adultTransition = new YoungPersonFacts.AdultTransition(d("2026-06-01"), d("2027-10-01"), "DEFERRED", d("2026-04-01"));
        assertDeadline(p.deadline(Measure.CARE_ACT_DECISION), "2023-09-01", "2027-11-14", "2027-10-01", null);
        p.disabled = false;
        assertTrue(p.deadline(Measure.ADULT_CARE_REFERRAL).isEmpty());
    }

    @Test
    void deadlinesCarryTheGroupFlagsAndTeam() {
        Person p = new Person();
        p.disabled = true;
        p.uasc = true;
        DeadlineFact f = p.deadline(Measure.NEEDS_ASSESSMENT).orElseThrow();
        assertEquals(List.of("CR-YP1", "north", "true", "true"),
                List.of(f.caseRef(), f.team(), String.valueOf(f.disabled()), String.valueOf(f.uasc())));
    }

    @Test
    void noDateOfBirthNoDeadlines() {
        Person p = new Person();
        p.dateOfBirth = null;
        assertTrue(YoungPersonDeadlines.of(p.facts(), SETTINGS).isEmpty());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "A1,     NEEDS_ASSESSMENT,      2026-08-15",
            "A3,     PLAN_AFTER_ASSESSMENT, 2026-09-01",
            "A6,     PLAN_REVIEW,           2027-05-01",
            "A9,     ADVISER_ALLOCATED,     2027-11-01",
            "ENT-1,  ENTITLEMENTS_EXPLAINED, 2027-05-01",
            "UASC-2, UASC_RISK_ASSESSMENT,  2025-01-12",
            "A22,    UASC_FURTHER_LEAVE,    2027-11-01",
            "A19,    ADULT_CARE_REFERRAL,   2026-05-14",
            "A20,    CARE_ACT_DECISION,     2027-11-14"
    })
    void aMeasuresDueDateIsTheAlertsDueDate(String ruleId, Measure measure, String today) {
        Person p = new Person();
        p.disabled = true;
        p.uasc = true;
        p.immigration = new YoungPersonFacts.Immigration("UASC_LEAVE", d("2025-01-10"), null, d("2027-11-14"), null, null);
        p.assessed(measure == Measure.NEEDS_ASSESSMENT ? null : "2026-08-01");
        if (measure == Measure.PLAN_REVIEW) {
            p.plan("2026-08-20", "2026-09-01", "2026-11-10", null);
        }
        p.leaver("2027-11-14", null, null, null, null, null, null, null, null);
        Finding finding = new RuleCatalogue(SETTINGS).find(ruleId).orElseThrow().evaluate(p.facts(), d(today)).orElseThrow();
        assertEquals(finding.dueOn(), p.deadline(measure).orElseThrow().dueOn());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "A12, CONTACT,  2027-03-07",
            "A13, IN_TOUCH, 2027-04-20"
    })
    void anAdviserCyclesDueDateIsTheAlertsDueDate(String ruleId, Measure measure, String today) {
        Person p = new Person();
        p.timeline = LEFT_AT_16;
        p.leaver(null, "pa-7", "2026-09-05", "2027-01-20", "2027-01-10", "2027-03-07", "2027-04-14", null, null);
        Finding finding = new RuleCatalogue(SETTINGS).find(ruleId).orElseThrow().evaluate(p.facts(), d(today)).orElseThrow();
        assertEquals(finding.dueOn(), p.deadline(measure).orElseThrow().dueOn());
    }
}
