package org.leavingcare.notification.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test facts for the rules, starting from the contract's example young person: born 2010-05-14
 * (16 on 2026-05-14, 18 on 2028-05-14, 21 on 2031-05-14), looked after from 2023-09-01, eligible
 * from the 16th birthday, former relevant from the 18th; needs assessment due 2026-08-14.
 */
final class Facts {

    LocalDate dateOfBirth = LocalDate.parse("2010-05-14");
    String team = "north";
    boolean disabled;
    boolean likelyAdultCareNeeds;
    boolean ehcp;
    boolean uasc;
    LocalDate eligibilityDate = LocalDate.parse("2026-05-14");
    List<CategorySegment> timeline = new ArrayList<>(List.of(
            segment("LOOKED_AFTER", "2023-09-01", "2026-05-14"),
            segment("ELIGIBLE", "2026-05-14", "2028-05-14"),
            segment("FORMER_RELEVANT", "2028-05-14", null)));
    YoungPersonFacts.NeedsAssessment needsAssessment =
            new YoungPersonFacts.NeedsAssessment(LocalDate.parse("2026-08-14"), null, null, false, null);
    YoungPersonFacts.Immigration immigration;
    YoungPersonFacts.AdultTransition adultTransition;
    YoungPersonFacts.PathwayPlan pathwayPlan;
    YoungPersonFacts.Leaver leaver;

    static Facts eligible() {
        return new Facts();
    }

    /** Left care at 16 years 3½ months: relevant from 2026-09-01, former relevant from 18. */
    static Facts relevant() {
        Facts f = new Facts();
        f.timeline = new ArrayList<>(List.of(
                segment("LOOKED_AFTER", "2023-09-01", "2026-05-14"),
                segment("ELIGIBLE", "2026-05-14", "2026-09-01"),
                segment("RELEVANT", "2026-09-01", "2028-05-14"),
                segment("FORMER_RELEVANT", "2028-05-14", null)));
        return f;
    }

    static CategorySegment segment(String category, String from, String until) {
        return new CategorySegment(Category.valueOf(category), LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until));
    }

    static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    Facts assessmentCompleted(String completedOn, boolean asylumSection) {
        needsAssessment = new YoungPersonFacts.NeedsAssessment(needsAssessment.dueOn(), null, date(completedOn),
                asylumSection, null);
        return this;
    }

    Facts plan(String createdOn, String lastReviewOn, String nextReviewDue, boolean triplePlan) {
        pathwayPlan = new YoungPersonFacts.PathwayPlan(12L, date(createdOn), null, date(lastReviewOn),
                date(nextReviewDue), triplePlan);
        return this;
    }

    Facts leaver(String allocationDueOn, String adviserId) {
        leaver = new YoungPersonFacts.Leaver(date(allocationDueOn), adviserId, null, null, null, null, null, null, null, null);
        return this;
    }

    Facts contacts(String lastSuccessful, String lastFaceToFace, String contactDueBy, String lostTouchAfter) {
        leaver = new YoungPersonFacts.Leaver(null, "pa-7", null, date(lastSuccessful), date(lastFaceToFace),
                date(contactDueBy), date(lostTouchAfter), null, null, null);
        return this;
    }

    Facts entitlements(String explainedOn, String dueBy) {
        leaver = new YoungPersonFacts.Leaver(null, "pa-7", null, null, null, null, null, date(explainedOn), date(dueBy), null);
        return this;
    }

    Facts post21Decision(String on) {
        leaver = new YoungPersonFacts.Leaver(null, "pa-7", null, null, null, null, null, null, null, date(on));
        return this;
    }

    Facts immigration(String status, String firstIdentified, String riskAssessed, String expires, String solicitor,
                      String applied) {
        immigration = new YoungPersonFacts.Immigration(status, date(firstIdentified), date(riskAssessed), date(expires),
                date(solicitor), date(applied));
        return this;
    }

    Facts adultTransition(String referred, String careActAssessment, String decision) {
        adultTransition = new YoungPersonFacts.AdultTransition(date(referred), date(careActAssessment),
                decision == null || decision.isBlank() ? null : decision, null);
        return this;
    }

    YoungPersonFacts build() {
        return new YoungPersonFacts("CR-1001", team, dateOfBirth, disabled, likelyAdultCareNeeds, ehcp, uasc,
                eligibilityDate, timeline, needsAssessment, immigration, adultTransition, pathwayPlan, leaver);
    }
}
