package org.leavingcare.notification.domain.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leavingcare.notification.domain.rules.Facts.date;

/**
 * Every rule of the catalogue, table-driven, with concrete dates on both sides of each threshold.
 * Expected: NONE, a severity, a severity@due date, or CRITICAL+BREACH.
 */
class RuleCatalogueTest {

    static final RuleCatalogue CATALOGUE = new RuleCatalogue(RuleSettings.defaults());

    static void check(String ruleId, Facts facts, String today, String expected) {
        check(CATALOGUE, ruleId, facts, today, expected);
    }

    static void check(RuleCatalogue catalogue, String ruleId, Facts facts, String today, String expected) {
        Rule rule = catalogue.find(ruleId).orElseThrow();
        Optional<Finding> finding = rule.evaluate(facts.build(), LocalDate.parse(today));
        String label = ruleId + " on " + today;
        if (expected.equals("NONE")) {
            assertTrue(finding.isEmpty(), label + ": expected nothing, found " + finding.orElse(null));
            return;
        }
        assertTrue(finding.isPresent(), label + ": expected " + expected + ", found nothing");
        String severity = expected.split("[@+]")[0];
        assertEquals(Severity.valueOf(severity), finding.get().severity(), label);
        assertEquals(expected.contains("+BREACH"), finding.get().breach(), label + " breach");
        if (expected.contains("@")) {
            assertEquals(LocalDate.parse(expected.substring(expected.indexOf('@') + 1)), finding.get().dueOn(), label + " due");
        }
    }

    @ParameterizedTest(name = "A1 on {0}, assessment completed {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // NA-1: due 2026-08-14 (16th birthday + 3 months); UPCOMING from 28 days before
            "2026-05-13, -,          NONE",                 // still looked after, not yet eligible
            "2026-07-16, -,          NONE",                 // 29 days before the deadline
            "2026-07-17, -,          UPCOMING@2026-08-14",  // 28 days before (rules.md A2)
            "2026-08-13, -,          UPCOMING",
            "2026-08-14, -,          DUE",                  // the deadline day counts as on time (C-2)
            "2026-08-15, -,          OVERDUE",
            "2026-09-11, -,          OVERDUE",              // 28 days overdue
            "2026-09-12, -,          CRITICAL",             // 29 days overdue
            "2026-08-15, 2026-08-01, NONE",                 // completed
            "2026-08-15, 2026-02-14, NONE",                 // completed within 3 months before eligibility counts
            "2026-08-15, 2026-02-13, OVERDUE",              // an older assessment does not
            "2028-05-14, -,          NONE"                  // former relevant: A1 is for eligible children
    })
    void a1NeedsAssessmentDueSoonOrOverdue(String today, String completed, String expected) {
        check("A1", Facts.eligible().assessmentCompleted(completed, false), today, expected);
    }

    @Test
    void a1CountsFromTheEligibilityDateForAChildWhoBecomesEligibleAfterSixteen() {
        Facts f = Facts.eligible();
        f.eligibilityDate = LocalDate.parse("2026-09-20");
        f.needsAssessment = null; // no due date from pathway-service: computed as max(d16, eligibility) + 3 months
        f.timeline.set(1, Facts.segment("ELIGIBLE", "2026-09-20", "2028-05-14"));
        f.timeline.set(0, Facts.segment("LOOKED_AFTER", "2023-09-01", "2026-09-20"));
        check("A1", f, "2026-12-20", "DUE@2026-12-20");
        check("A1", f, "2026-12-21", "OVERDUE");
    }

    @ParameterizedTest(name = "NA-6 on {0}, reassessment due {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // NA-6: a change of circumstances made a reassessment due on 2026-11-20
            "2026-10-22, 2026-11-20, NONE",
            "2026-10-23, 2026-11-20, UPCOMING@2026-11-20",
            "2026-11-20, 2026-11-20, DUE",
            "2026-11-21, 2026-11-20, OVERDUE",
            "2026-12-18, 2026-11-20, OVERDUE",
            "2026-12-19, 2026-11-20, CRITICAL",
            "2026-12-19, -,          NONE",       // no reassessment pending (or a newer one completed)
            "2031-05-14, 2026-11-20, NONE"        // 21
    })
    void na6ReassessmentAfterAChangeOfCircumstances(String today, String reassessmentDue, String expected) {
        Facts f = Facts.eligible().assessmentCompleted("2026-08-01", false);
        f.needsAssessment = new YoungPersonFacts.NeedsAssessment(f.needsAssessment.dueOn(), null,
                f.needsAssessment.completedOn(), false, date(reassessmentDue));
        check("NA-6", f, today, expected);
    }

    @ParameterizedTest(name = "A3 on {0}, plan created {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // PP-1: assessment completed 2026-08-01, plan due 28 days later (2026-08-29)
            "2026-08-28, -,          NONE",
            "2026-08-29, -,          DUE@2026-08-29",
            "2026-08-30, -,          OVERDUE",
            "2026-08-30, 2026-08-10, NONE",
            "2031-05-13, -,          OVERDUE",   // former relevant under 21
            "2031-05-14, -,          NONE"       // 21: no longer owed a plan under s23C (without ET)
    })
    void a3PathwayPlanMissingAfterAssessment(String today, String planCreated, String expected) {
        Facts f = Facts.eligible().assessmentCompleted("2026-08-01", false);
        if (planCreated != null) {
            f.plan(planCreated, null, null, false);
        }
        check("A3", f, today, expected);
    }

    @ParameterizedTest(name = "A5 on {0}, next review {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // PP-6: last review 2027-01-10, so due by 2027-07-10 at the latest
            "2027-06-25, -,          NONE",               // 15 days before
            "2027-06-26, -,          UPCOMING@2027-07-10",
            "2027-07-10, -,          DUE",
            "2027-07-11, -,          OVERDUE",
            "2027-08-07, -,          OVERDUE",            // 28 days overdue
            "2027-08-08, -,          CRITICAL",
            "2027-07-11, 2027-09-01, OVERDUE@2027-07-10", // a later date on the plan cannot stretch 6 months
            "2027-05-02, 2027-05-01, OVERDUE@2027-05-01", // an earlier one (e.g. a requested review) wins
            "2031-05-14, -,          NONE"                // 21
    })
    void a5PathwayPlanReviewOverdueForRelevantAndFormerRelevant(String today, String nextReviewDue, String expected) {
        check("A5", Facts.relevant().plan("2026-09-10", "2027-01-10", nextReviewDue, false), today, expected);
    }

    @Test
    void a5DoesNotApplyToAnEligibleChild() {
        check("A5", Facts.eligible().plan("2026-07-01", null, "2026-08-17", false), "2026-09-01", "NONE");
    }

    @ParameterizedTest(name = "A6 on {0}: {1}")
    @CsvSource({
            // PP-5 / LAC-2: the plan's next review 2026-08-17
            "2026-08-02, NONE",
            "2026-08-03, UPCOMING@2026-08-17",
            "2026-08-17, DUE",
            "2026-08-18, OVERDUE",
            "2026-09-14, OVERDUE",
            "2026-09-15, CRITICAL",
            "2028-05-14, NONE"   // former relevant: A5 applies instead
    })
    void a6LookedAfterReviewOverdueForEligible(String today, String expected) {
        check("A6", Facts.eligible().plan("2026-07-01", null, "2026-08-17", false), today, expected);
        check("A6", Facts.eligible(), today, "NONE"); // no plan yet: not a review rule
    }

    @ParameterizedTest(name = "A9 on {0}, allocation due {1}, adviser {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            // no leaver-service date yet: nothing to judge, even past the needs-assessment deadline
            "2026-07-16, -,          -,    NONE",
            "2026-08-15, -,          -,    NONE",
            "2027-11-15, -,          -,    NONE",
            // PA-9: leaver-service's local allocation date (17 years 6 months)
            "2027-10-16, 2027-11-14, -,    NONE",
            "2027-10-17, 2027-11-14, -,    UPCOMING@2027-11-14",
            "2027-11-15, 2027-11-14, -,    OVERDUE",
            "2027-11-15, 2027-11-14, pa-7, NONE",
            "2028-05-14, 2027-11-14, -,    NONE"      // former relevant: A10 applies instead
    })
    void a9NoPersonalAdviserByTheAllocationDueDate(String today, String allocationDue, String adviser, String expected) {
        Facts f = Facts.eligible();
        if (allocationDue != null || adviser != null) {
            f.leaver(allocationDue, adviser);
        }
        check("A9", f, today, expected);
    }

    @ParameterizedTest(name = "A10 on {0}, adviser {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // PA-2: relevant from 2026-09-01, an adviser is due immediately
            "2026-08-31, -,    NONE",
            "2026-09-01, -,    DUE@2026-09-01",
            "2026-09-02, -,    OVERDUE",
            "2026-09-29, -,    OVERDUE",
            "2026-09-30, -,    CRITICAL",
            "2030-01-01, -,    CRITICAL@2026-09-01",  // former relevant: the same duty since becoming relevant
            "2031-05-13, -,    CRITICAL",
            "2031-05-14, -,    NONE",                 // 21
            "2026-09-02, pa-7, NONE"
    })
    void a10NoPersonalAdviserForRelevantOrFormerRelevant(String today, String adviser, String expected) {
        Facts f = Facts.relevant();
        if (adviser != null) {
            f.leaver(null, adviser);
        }
        check("A10", f, today, expected);
    }

    @ParameterizedTest(name = "A12 on {0}, contact due {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // PA-8 [L]: last face to face 2026-10-01 + 8 weeks = 2026-11-26
            "2026-11-18, -,          NONE",
            "2026-11-19, -,          UPCOMING@2026-11-26",
            "2026-11-26, -,          DUE",
            "2026-11-27, -,          OVERDUE",
            "2026-12-10, 2026-12-10, DUE@2026-12-10",   // leaver-service's due date wins
            "2026-12-11, 2026-12-10, OVERDUE"
    })
    void a12ContactOverdue(String today, String contactDueBy, String expected) {
        check("A12", Facts.relevant().contacts("2026-10-01", "2026-10-01", contactDueBy, null), today, expected);
    }

    @Test
    void a12WithNoContactRecordedCountsFromTheStartOfTheDuty() {
        check("A12", Facts.relevant(), "2026-10-27", "DUE@2026-10-27");
        check("A12", Facts.relevant(), "2026-10-28", "OVERDUE");
        check("A12", Facts.eligible(), "2026-10-28", "NONE");
    }

    @ParameterizedTest(name = "A13 on {0}, lost touch after {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // PA-7: last successful contact 2026-10-01 + 12 weeks = 2026-12-24
            "2026-12-24, -,          NONE",
            "2026-12-25, -,          OVERDUE@2026-12-24",
            "2027-01-21, -,          OVERDUE",
            "2027-01-22, -,          CRITICAL",
            "2027-01-03, 2027-01-03, NONE",
            "2027-01-04, 2027-01-03, OVERDUE@2027-01-03"
    })
    void a13LostTouch(String today, String lostTouchAfter, String expected) {
        check("A13", Facts.relevant().contacts("2026-10-01", "2026-10-01", null, lostTouchAfter), today, expected);
    }

    @ParameterizedTest(name = "ENT-1 on {0}, explained {1}, due {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            // FIN-5 [L]: by 17 (2027-05-14) unless leaver-service says otherwise
            "2026-05-13, -,          -,          NONE",    // looked after, not yet eligible
            "2027-04-15, -,          -,          NONE",
            "2027-04-16, -,          -,          UPCOMING@2027-05-14",
            "2027-05-14, -,          -,          DUE",
            "2027-05-15, -,          -,          OVERDUE",
            "2027-05-15, 2027-01-01, -,          NONE",
            "2027-02-02, -,          2027-02-01, OVERDUE@2027-02-01"
    })
    void ent1EntitlementsNotExplainedByTheConfiguredAge(String today, String explained, String dueBy, String expected) {
        Facts f = Facts.eligible();
        if (explained != null || dueBy != null) {
            f.entitlements(explained, dueBy);
        }
        check("ENT-1", f, today, expected);
    }

    @ParameterizedTest(name = "A14 on {0}, decision {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // PA-10: 21 on 2031-05-14, asked for from 3 months before
            "2031-02-13, -,          NONE",
            "2031-02-14, -,          UPCOMING@2031-05-14",
            "2031-05-14, -,          DUE",
            "2031-05-15, -,          OVERDUE",
            "2035-05-13, -,          OVERDUE",
            "2035-05-14, -,          NONE",     // 25
            "2031-05-15, 2031-04-01, NONE"
    })
    void a14Turning21DecisionMissing(String today, String decision, String expected) {
        Facts f = Facts.eligible();
        if (decision != null) {
            f.post21Decision(decision);
        }
        check("A14", f, today, expected);
    }

    @ParameterizedTest(name = "DIS-NA on {0}, disabled {1}, completed {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "2026-08-14, true,  -,          NONE",               // the deadline day
            "2026-08-15, true,  -,          OVERDUE@2026-08-14",
            "2026-08-28, true,  -,          OVERDUE",            // 14 days overdue
            "2026-08-29, true,  -,          CRITICAL",
            "2026-08-29, false, -,          NONE",
            "2026-08-29, true,  2026-08-20, NONE"
    })
    void disabledEligibleChildWithoutANeedsAssessmentByTheDeadline(String today, boolean disabled, String completed,
                                                                   String expected) {
        Facts f = Facts.eligible().assessmentCompleted(completed, false);
        f.disabled = disabled;
        check("DIS-NA", f, today, expected);
    }

    @ParameterizedTest(name = "A19 on {0}, disabled {1}, ehcp {2}, referred {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            // DIS-3 [L]: referral or s58 decision by 16 (2026-05-14), not 17½
            "2026-02-12, true,  false, -,          NONE",   // 91 days before
            "2026-02-13, true,  false, -,          UPCOMING@2026-05-14",
            "2026-05-14, true,  false, -,          DUE",
            "2026-05-15, true,  false, -,          OVERDUE",
            "2026-05-15, false, true,  -,          OVERDUE", // an EHC plan is enough
            "2026-05-15, false, false, -,          NONE",
            "2026-05-15, true,  false, 2026-04-01, NONE",
            "2028-05-14, true,  false, -,          NONE"     // former relevant: A20/S66 take over
    })
    void a19NoReferralToAdultSocialCareByTheConfiguredAge(String today, boolean disabled, boolean ehcp, String referred,
                                                          String expected) {
        Facts f = Facts.eligible();
        f.disabled = disabled;
        f.ehcp = ehcp;
        if (referred != null) {
            f.adultTransition(referred, null, null);
        }
        check("A19", f, today, expected);
    }

    @Test
    void a19AgeIsConfigurable() {
        RuleSettings d = RuleSettings.defaults();
        RuleSettings at17 = new RuleSettings(d.leapDayBirthdays(), d.needsAssessmentUpcomingDays(),
                d.needsAssessmentCriticalDays(), d.planAfterAssessmentDays(), d.reviewUpcomingDays(), d.reviewCriticalDays(),
                d.relevantReviewMonths(), d.allocationUpcomingDays(), d.noAdviserCriticalDays(), d.contactWeeks(),
                d.contactUpcomingDays(), d.lostTouchWeeks(), d.lostTouchCriticalDays(), d.entitlementsAgeMonths(),
                d.entitlementsUpcomingDays(), d.turning21NoticeMonths(), d.disabledAssessmentCriticalDays(),
                204, d.adultReferralUpcomingDays(), d.adultDecisionMonthsBefore18(), d.adultDecisionCriticalDays(),
                d.riskAssessmentDays(), d.riskAssessmentCriticalDays(), d.solicitorWindowMonths(),
                d.solicitorByMonthsBeforeExpiry(), d.solicitorCriticalDays(), d.furtherLeaveWindowMonths(),
                d.furtherLeaveCriticalDays(), d.triplePlanGraceDays(), d.settledImmigrationStatuses());
        RuleCatalogue catalogue = new RuleCatalogue(at17);
        Facts f = Facts.eligible();
        f.disabled = true;
        check(catalogue, "A19", f, "2026-05-15", "NONE");
        check(catalogue, "A19", f, "2027-05-15", "OVERDUE@2027-05-14");
        assertTrue(catalogue.find("A19").orElseThrow().parameters().stream()
                .anyMatch(p -> p.name().equals("referral-age-months") && p.value().equals("204 months")));
    }

    @ParameterizedTest(name = "A20 on {0}, Care Act assessment {1}, decision {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            // DIS-3: 6 months before 18 = 2027-11-14
            "2027-11-13, -,          -,        NONE",
            "2027-11-14, -,          -,        DUE@2027-11-14",
            "2027-11-15, -,          -,        OVERDUE",
            "2028-02-12, -,          -,        OVERDUE",   // 90 days overdue
            "2028-02-13, -,          -,        CRITICAL",
            "2028-05-14, -,          -,        NONE",      // 18: S66 takes over
            "2027-11-15, 2027-10-01, -,        NONE",
            "2027-11-15, -,          ELIGIBLE_FOR_ADULT_CARE, NONE",
            "2027-11-15, -,          DEFERRED, OVERDUE"
    })
    void a20NoAdultDecisionWithinSixMonthsOfEighteen(String today, String careAct, String decision, String expected) {
        Facts f = Facts.eligible();
        f.disabled = true;
        if (careAct != null || decision != null) {
            f.adultTransition(null, careAct, decision);
        }
        check("A20", f, today, expected);
    }

    @ParameterizedTest(name = "S66 on {0}, referred {1}, decision {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            // DIS-4: from the 18th birthday (2028-05-14) with no adult decision
            "2028-05-13, -,          -,            NONE",
            "2028-05-14, -,          -,            OVERDUE@2028-05-14",
            "2028-05-14, 2027-06-01, -,            OVERDUE",   // referred but not decided
            "2028-05-14, 2027-06-01, NOT_ELIGIBLE, NONE",
            "2028-05-14, 2027-06-01, DEFERRED,     OVERDUE",  // deferred: still no adult provision
            "2035-05-13, -,          -,            OVERDUE",
            "2035-05-14, -,          -,            NONE"       // 25
    })
    void s66ContinuityFlagAfterEighteen(String today, String referred, String decision, String expected) {
        Facts f = Facts.eligible();
        f.disabled = true;
        if (referred != null || decision != null) {
            f.adultTransition(referred, null, decision);
        }
        check("S66", f, today, expected);
    }

    @ParameterizedTest(name = "DIS-PA on {0}, disabled {1}, adviser {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "2026-08-31, true,  -,    NONE",
            "2026-09-01, true,  -,    CRITICAL@2026-09-01",
            "2031-05-13, true,  -,    CRITICAL",
            "2031-05-14, true,  -,    NONE",
            "2026-09-01, false, -,    NONE",
            "2026-09-01, true,  pa-7, NONE"
    })
    void disabledRelevantOrFormerRelevantWithNoPersonalAdviser(String today, boolean disabled, String adviser, String expected) {
        Facts f = Facts.relevant();
        f.disabled = disabled;
        if (adviser != null) {
            f.leaver(null, adviser);
        }
        check("DIS-PA", f, today, expected);
    }

    @ParameterizedTest(name = "UASC-2 on {0}, uasc {1}, assessed {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            // UASC-2 [L]: first identified 2026-03-01, risk assessment within 1 day (2026-03-02)
            "2026-02-28, true,  -,          NONE",
            "2026-03-01, true,  -,          DUE@2026-03-02",
            "2026-03-02, true,  -,          DUE",
            "2026-03-03, true,  -,          OVERDUE",
            "2026-03-09, true,  -,          OVERDUE",
            "2026-03-10, true,  -,          CRITICAL",
            "2026-03-03, true,  2026-03-01, NONE",
            "2026-03-03, false, -,          NONE"
    })
    void uasc2RiskAssessmentWithinADayOfBeingIdentified(String today, boolean uasc, String assessed, String expected) {
        Facts f = Facts.eligible().immigration("ASYLUM_CLAIMED", "2026-03-01", assessed, null, null, null);
        f.uasc = uasc;
        check("UASC-2", f, today, expected);
    }

    @ParameterizedTest(name = "A23 on {0}, solicitor {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // UASC-6: leave expires 2027-11-14; solicitor from 6 months before, by 3 months before
            "2027-05-13, -,          NONE",
            "2027-05-14, -,          DUE@2027-08-14",
            "2027-08-14, -,          DUE",
            "2027-08-15, -,          OVERDUE",
            "2027-10-16, -,          OVERDUE",
            "2027-10-17, -,          CRITICAL",   // 28 days before expiry
            "2027-08-15, 2027-06-01, NONE"
    })
    void a23LegalRepresentativeNotInstructed(String today, String solicitor, String expected) {
        check("A23", Facts.eligible().immigration("UASC_LEAVE", null, null, "2027-11-14", solicitor, null), today, expected);
    }

    @ParameterizedTest(name = "A22 on {0}, applied {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // UASC-6: leave expires 2027-11-14; application needed from 3 months before, in time (s3C)
            "2027-08-13, -,          NONE",
            "2027-08-14, -,          DUE@2027-11-14",
            "2027-10-16, -,          DUE",
            "2027-10-17, -,          CRITICAL",        // 28 days before expiry
            "2027-11-14, -,          CRITICAL",        // the last day of leave: still in time
            "2027-11-15, -,          CRITICAL+BREACH", // expired with no application
            "2027-11-15, 2027-11-14, NONE",            // applied on the last day: in time
            "2027-11-16, 2027-11-15, CRITICAL+BREACH", // a late application gets no s3C protection
            "2027-09-02, 2027-09-01, NONE"
    })
    void a22LeaveExpiringWithNoFurtherLeaveApplication(String today, String applied, String expected) {
        check("A22", Facts.eligible().immigration("UASC_LEAVE", null, null, "2027-11-14", null, applied), today, expected);
    }

    @ParameterizedTest(name = "A24 on {0}, status {1}, uasc {2}, triple plan {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            // UASC-7: plan created 2026-07-01, triple plan within 28 days (2026-07-29)
            "2026-07-28, UASC_LEAVE, true,  false, NONE",
            "2026-07-29, UASC_LEAVE, true,  false, DUE@2026-07-29",
            "2026-07-30, UASC_LEAVE, true,  false, OVERDUE",
            "2026-07-30, UASC_LEAVE, true,  true,  NONE",
            "2026-07-30, INDEFINITE_LEAVE_TO_REMAIN, true, false, NONE",   // settled
            "2026-07-30, BRITISH_CITIZEN, true, false, NONE",
            "2026-07-30, -,          true,  false, OVERDUE", // unaccompanied, status not recorded
            "2026-07-30, -,          false, false, NONE"
    })
    void a24NoTriplePlan(String today, String status, boolean uasc, boolean triplePlan, String expected) {
        Facts f = Facts.eligible().plan("2026-07-01", null, null, triplePlan);
        f.uasc = uasc;
        if (status != null) {
            f.immigration(status, null, null, null, null, null);
        }
        check("A24", f, today, expected);
    }

    @ParameterizedTest(name = "UASC-1 on {0}, uasc {1}, completed {2}, asylum section {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            "2026-08-02, true,  2026-08-01, false, OVERDUE@2026-08-01",
            "2026-08-02, true,  2026-08-01, true,  NONE",
            "2026-08-02, true,  -,          false, NONE",   // not completed yet: A1 watches it
            "2026-08-02, false, 2026-08-01, false, NONE"
    })
    void uasc1NeedsAssessmentMissingTheAsylumSection(String today, boolean uasc, String completed, boolean asylum,
                                                      String expected) {
        Facts f = Facts.eligible().assessmentCompleted(completed, asylum);
        f.uasc = uasc;
        check("UASC-1", f, today, expected);
    }

    @ParameterizedTest(name = "born {0}, {1} years, {2}: {3}")
    @CsvSource({
            // C-1: a 29 February birthday in a year without one
            "2008-02-29, 16, MARCH_1, 2024-02-29",
            "2008-02-29, 17, MARCH_1, 2025-03-01",
            "2008-02-29, 17, FEB_28,  2025-02-28",
            "2010-05-14, 18, MARCH_1, 2028-05-14"
    })
    void birthdaysFollowTheConfiguredLeapDayConvention(String born, int years, LeapDayBirthdays convention, String expected) {
        assertEquals(LocalDate.parse(expected), Ages.birthday(LocalDate.parse(born), years, convention));
    }

    @Test
    void everyRuleNamesItsSourceAndSeverities() {
        assertEquals(java.util.List.of("A1", "NA-6", "A3", "A5", "A6", "A9", "A10", "A12", "A13", "ENT-1", "A14", "DIS-NA",
                "A19", "A20", "S66", "DIS-PA", "UASC-2", "A23", "A22", "A24", "UASC-1"), CATALOGUE.ids());
        for (Rule rule : CATALOGUE.rules()) {
            assertTrue(!rule.source().ruleIds().isEmpty() && !rule.source().authority().isBlank(), rule.id());
            assertTrue(!rule.severities().isEmpty() && !rule.condition().isBlank() && !rule.appliesTo().isBlank(), rule.id());
        }
    }

    @Test
    void aYoungPersonWithoutADateOfBirthRaisesNothing() {
        Facts f = Facts.eligible();
        f.dateOfBirth = null;
        assertTrue(CATALOGUE.evaluate(f.build(), date("2026-09-12")).isEmpty());
    }
}
