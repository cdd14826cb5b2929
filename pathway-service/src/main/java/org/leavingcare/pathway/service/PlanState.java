package org.leavingcare.pathway.service;

import org.leavingcare.pathway.domain.plan.OverdueAction;
import org.leavingcare.pathway.domain.plan.PlanContent;
import org.leavingcare.pathway.domain.plan.ReviewStatus;
import org.leavingcare.pathway.repository.IroDecision;
import org.leavingcare.pathway.repository.PathwayPlan;
import org.leavingcare.pathway.repository.PlanDispute;
import org.leavingcare.pathway.repository.PlanResponse;
import org.leavingcare.pathway.repository.PlanReview;

import java.time.LocalDate;
import java.util.List;

/**
 * A pathway plan with what the suite computes from it as of today.
 *
 * @param agreedWithoutYoungPersonResponse agreed, but no response of the young person recorded for the agreed version
 * @param iroChallengeOpen                 the IRO's latest decision is a challenge
 * @param iroChallengeEscalated            that challenge has been open longer than the configured working days
 * @param overdueActions                   actions past their target date and not completed
 */
public record PlanState(PathwayPlan plan, PlanContent content, List<PlanReview> reviews, List<PlanResponse> responses,
                        List<IroDecision> iroDecisions, List<DisputeState> disputes, LocalDate lastReviewOn,
                        LocalDate nextReviewDue, ReviewStatus reviewStatus, boolean signedByYoungPerson,
                        boolean agreedWithoutYoungPersonResponse, boolean agreedByIro, boolean iroChallengeOpen,
                        boolean iroChallengeEscalated, boolean triplePlanRequired, boolean triplePlanComplete,
                        List<OverdueAction> overdueActions) {

    /** PP-10: a dispute, and when its stage 1 response is due (null past stage 1). */
    public record DisputeState(PlanDispute dispute, LocalDate stageOneResponseDue) {
    }
}
