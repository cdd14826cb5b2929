package org.leavingcare.pathway.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentStatus;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;
import org.leavingcare.pathway.domain.transition.AdultServicesDecision;
import org.leavingcare.pathway.domain.transition.AgeAssessmentOutcome;
import org.leavingcare.pathway.domain.transition.ImmigrationStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole-state snapshot every pathway event carries in {@code data.youngPerson}, exactly as
 * docs/change-feeds.md defines it: consumers read it with unknown properties refused, so add nothing here
 * without changing the contract first. No names; the date of birth because consumers compute ages.
 */
public record YoungPersonSnapshot(String caseRef, LocalDate dateOfBirth, String team, String socialWorker,
                                  String reviewingOfficer,
                                  boolean disabled, List<String> disabilityCodes, boolean likelyAdultCareNeeds,
                                  boolean ehcp, boolean uasc, boolean complexNeeds, boolean lookedAfter,
                                  LocalDate careEndedOn, CareLeaverCategory category, LocalDate categorySince,
                                  LocalDate eligibilityDate, List<Segment> categoryTimeline,
                                  NeedsAssessmentSnapshot needsAssessment, ImmigrationSnapshot immigration,
                                  AdultTransitionSnapshot adultTransition, PathwayPlanSnapshot pathwayPlan) {

    public record Segment(CareLeaverCategory category, LocalDate from, LocalDate until) {
    }

    public record NeedsAssessmentSnapshot(LocalDate dueOn, NeedsAssessmentStatus status, LocalDate startedOn,
                                          LocalDate completedOn, boolean asylumSectionCompleted,
                                          LocalDate reassessmentDueOn) {
    }

    public record ImmigrationSnapshot(ImmigrationStatus status, LocalDate firstIdentifiedOn,
                                      LocalDate riskAssessmentCompletedOn, LocalDate leaveExpiresOn, LocalDate solicitorInstructedOn,
                                      LocalDate furtherLeaveApplicationMadeOn, boolean ageDisputed,
                                      AgeAssessmentOutcome ageAssessmentOutcome) {
    }

    public record AdultTransitionSnapshot(LocalDate referredToAdultSocialCareOn, LocalDate careActAssessmentCompletedOn,
                                          AdultServicesDecision adultServicesDecision, LocalDate adultServicesDecisionOn,
                                          String leadWorker) {
    }

    /**
     * The young person's pathway plan, null until they have one. Its OpenAPI name (it is also part of the young
     * person's view) has been PathwayPlan1 since the plan's own view took PathwayPlan; pinned so the document stays.
     */
    @Schema(name = "PathwayPlan1")
    public record PathwayPlanSnapshot(Long planId, LocalDate createdOn, LocalDate agreedOn, LocalDate lastReviewOn,
                                      LocalDate nextReviewDue, boolean signedByYoungPerson, boolean agreedByIro,
                                      boolean triplePlanComplete) {
    }
}
