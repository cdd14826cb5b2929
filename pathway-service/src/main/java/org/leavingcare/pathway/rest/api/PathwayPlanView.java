package org.leavingcare.pathway.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.plan.ReviewStatus;
import org.leavingcare.pathway.repository.PathwayPlan;
import org.leavingcare.pathway.service.AgreedVersion;
import org.leavingcare.pathway.service.CaseRecord;
import org.leavingcare.pathway.service.PlanState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A pathway plan with what the suite computes from it as of today. */
@Schema(name = "PathwayPlan")
public record PathwayPlanView(long id, String caseRef, long needsAssessmentId, String status, LocalDate createdOn,
                              String createdBy, PathwayPlanContent content, LocalDate firstAgreedOn, LocalDate agreedOn,
                              Integer agreedVersion, LocalDate lastReviewOn, LocalDate nextReviewDue,
                              ReviewStatus reviewStatus, LocalDate reviewRequestedOn, String reviewRequestedBy,
                              boolean signedByYoungPerson,
                              @Schema(description = "Agreed with no response of the young person recorded for the agreed version")
                              boolean agreedWithoutYoungPersonResponse,
                              boolean agreedByIro, boolean iroChallengeOpen, boolean iroChallengeEscalated,
                              boolean triplePlanRequired, boolean triplePlanComplete,
                              List<OverdueActionView> overdueActions, List<ResponseView> youngPersonResponses,
                              List<ReviewView> reviews, List<IroDecisionView> iroDecisions, List<DisputeView> disputes,
                              long version, String updatedBy, Instant updatedAt) {

    /** The record's plan as of the record's day. */
    public static PathwayPlanView of(CaseRecord record) {
        PlanState s = record.plan();
        PathwayPlan p = s.plan();
        return new PathwayPlanView(p.id, record.person().caseRef, p.needsAssessmentId, p.status, p.createdOn, p.createdBy,
                PathwayPlanContent.of(s.content()), p.firstAgreedOn, p.agreedOn, p.agreedVersion, s.lastReviewOn(),
                s.nextReviewDue(), s.reviewStatus(), p.reviewRequestedOn, p.reviewRequestedBy, s.signedByYoungPerson(),
                s.agreedWithoutYoungPersonResponse(), s.agreedByIro(), s.iroChallengeOpen(), s.iroChallengeEscalated(),
                s.triplePlanRequired(), s.triplePlanComplete(),
                s.overdueActions().stream().map(a -> new OverdueActionView(a.section(), a.action(), a.owner(),
                        a.targetDate())).toList(),
                s.responses().stream().map(r -> new ResponseView(r.id, r.planVersion, r.respondedOn, r.tookPart, r.views,
                        r.agrees, r.signed, r.declinedToSignReason, r.recordedBy)).toList(),
                s.reviews().stream().map(r -> new ReviewView(r.id, r.heldOn, r.chairedBy, r.chairRole, r.outcome,
                        r.changesMade, r.recordedBy)).toList(),
                s.iroDecisions().stream().map(d -> new IroDecisionView(d.id, d.decision, d.decidedOn, d.reason, d.iro))
                        .toList(),
                s.disputes().stream().map(d -> new DisputeView(d.dispute().id, d.dispute().kind, d.dispute().stage,
                        d.dispute().raisedOn, d.dispute().summary, d.dispute().resolvedOn, d.stageOneResponseDue(),
                        d.dispute().recordedBy)).toList(),
                p.version, p.updatedBy, p.updatedAt);
    }

    @Schema(name = "OverdueAction")
    public record OverdueActionView(String section, String action, String owner, LocalDate targetDate) {
    }

    @Schema(name = "YoungPersonResponseView")
    public record ResponseView(long id, Integer planVersion, LocalDate respondedOn, boolean tookPart, String views,
                               boolean agrees, boolean signed, String declinedToSignReason, String recordedBy) {
    }

    @Schema(name = "PathwayPlanReviewView")
    public record ReviewView(long id, LocalDate heldOn, String chairedBy, String chairRole, String outcome,
                             String changesMade, String recordedBy) {
    }

    @Schema(name = "IroDecision")
    public record IroDecisionView(long id, String decision, LocalDate decidedOn, String reason, String iro) {
    }

    @Schema(name = "PathwayPlanDisputeView")
    public record DisputeView(long id, String kind, int stage, LocalDate raisedOn, String summary, LocalDate resolvedOn,
                              @Schema(description = "PP-10: stage 1 response due 10 working days after it was raised")
                              LocalDate stageOneResponseDue, String recordedBy) {
    }

    /** An agreed version as kept. */
    @Schema(name = "PathwayPlanVersion")
    public record VersionView(int number, LocalDate agreedOn, String agreedBy, PathwayPlanContent content) {

        public static VersionView of(AgreedVersion v) {
            return new VersionView(v.number(), v.agreedOn(), v.agreedBy(), PathwayPlanContent.of(v.content()));
        }
    }

    /** A line of the managers' list. */
    @Schema(name = "PathwayPlanSummary")
    public record Summary(long id, String caseRef, String team, String status, LocalDate agreedOn,
                          LocalDate nextReviewDue, ReviewStatus reviewStatus, boolean signedByYoungPerson,
                          boolean agreedWithoutYoungPersonResponse, boolean agreedByIro, boolean iroChallengeEscalated,
                          int overdueActions) {

        public static Summary of(CaseRecord r) {
            PlanState s = r.plan();
            return new Summary(s.plan().id, r.person().caseRef, r.person().team, s.plan().status, s.plan().agreedOn,
                    s.nextReviewDue(), s.reviewStatus(), s.signedByYoungPerson(), s.agreedWithoutYoungPersonResponse(),
                    s.agreedByIro(), s.iroChallengeEscalated(), s.overdueActions().size());
        }
    }
}
