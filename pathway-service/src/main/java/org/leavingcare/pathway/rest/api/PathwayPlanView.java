package org.leavingcare.pathway.rest.api;

import org.leavingcare.pathway.repository.IroDecision;
import org.leavingcare.pathway.repository.PathwayPlan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.plan.ReviewStatus;

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
    }

    /** A line of the managers' list. */
    @Schema(name = "PathwayPlanSummary")
    public record Summary(long id, String caseRef, String team, String status, LocalDate agreedOn,
                          LocalDate nextReviewDue, ReviewStatus reviewStatus, boolean signedByYoungPerson,
                          boolean agreedWithoutYoungPersonResponse, boolean agreedByIro, boolean iroChallengeEscalated,
                          int overdueActions) {
    }

    @Schema(name = "PathwayPlanPage", example = "{\"items\": [], \"page\": 0, \"size\": 50, \"total\": 0}")
    public record Page(List<Summary> items, int page, int size, long total) {
    }
}
