package org.leavingcare.pathway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.leavingcare.pathway.feed.YoungPersonSnapshot;
import org.leavingcare.pathway.repository.AdultTransition;
import org.leavingcare.pathway.repository.Immigration;
import org.leavingcare.pathway.repository.YoungPerson;

/** Builds the feed snapshot (docs/change-feeds.md) from a computed record. */
@ApplicationScoped
public class Snapshots {

    public YoungPersonSnapshot of(CaseRecord record) {
        YoungPerson p = record.person();
        return new YoungPersonSnapshot(p.caseRef, p.dateOfBirth, p.team, p.socialWorker, p.reviewingOfficer, p.disabled,
                p.disabilityCodeList(), p.likelyAdultCareNeeds, p.ehcp, p.uasc, p.complexNeeds, record.lookedAfter(),
                record.careEndedOn(), record.category(), record.categorySince(), record.projection().eligibilityDate(),
                record.projection().timeline().stream()
                        .map(s -> new YoungPersonSnapshot.Segment(s.category(), s.from(), s.until())).toList(),
                new YoungPersonSnapshot.NeedsAssessmentSnapshot(record.needs().dueOn(), record.needs().status(),
                        record.startedOn(), record.completedOnShown(),
                        record.asylumSectionCompleted(), record.needs().reassessmentDueOn()),
                immigration(record.immigration()), adultTransition(record.adultTransition()), pathwayPlan(record.plan()));
    }

    public static YoungPersonSnapshot.PathwayPlanSnapshot pathwayPlan(PlanState p) {
        return p == null ? null : new YoungPersonSnapshot.PathwayPlanSnapshot(p.plan().id, p.plan().createdOn, p.plan().agreedOn,
                p.lastReviewOn(), p.nextReviewDue(), p.signedByYoungPerson(), p.agreedByIro(), p.triplePlanComplete());
    }

    static YoungPersonSnapshot.ImmigrationSnapshot immigration(Immigration i) {
        return i == null ? null : new YoungPersonSnapshot.ImmigrationSnapshot(i.status, i.firstIdentifiedOn,
                i.riskAssessmentCompletedOn, i.leaveExpiresOn, i.solicitorInstructedOn, i.furtherLeaveApplicationMadeOn,
                i.ageDisputed, i.ageAssessmentOutcome);
    }

    static YoungPersonSnapshot.AdultTransitionSnapshot adultTransition(AdultTransition a) {
        return a == null ? null : new YoungPersonSnapshot.AdultTransitionSnapshot(a.referredToAdultSocialCareOn,
                a.careActAssessmentCompletedOn, a.adultServicesDecision, a.adultServicesDecisionOn, a.leadWorker);
    }
}
