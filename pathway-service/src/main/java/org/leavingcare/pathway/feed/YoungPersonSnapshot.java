package org.leavingcare.pathway.feed;

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
                                  NeedsAssessment needsAssessment, Immigration immigration,
                                  AdultTransition adultTransition, PathwayPlan pathwayPlan) {

    public record Segment(CareLeaverCategory category, LocalDate from, LocalDate until) {
    }

    public record NeedsAssessment(LocalDate dueOn, NeedsAssessmentStatus status, LocalDate startedOn,
                                  LocalDate completedOn, boolean asylumSectionCompleted, LocalDate reassessmentDueOn) {
    }

    public record Immigration(ImmigrationStatus status, LocalDate firstIdentifiedOn, LocalDate riskAssessmentCompletedOn,
                              LocalDate leaveExpiresOn, LocalDate solicitorInstructedOn,
                              LocalDate furtherLeaveApplicationMadeOn, boolean ageDisputed,
                              AgeAssessmentOutcome ageAssessmentOutcome) {
    }

    public record AdultTransition(LocalDate referredToAdultSocialCareOn, LocalDate careActAssessmentCompletedOn,
                                  AdultServicesDecision adultServicesDecision, LocalDate adultServicesDecisionOn,
                                  String leadWorker) {
    }

    /** Issue 5: null until pathway plans are recorded. */
    public record PathwayPlan(Long planId, LocalDate createdOn, LocalDate agreedOn, LocalDate lastReviewOn,
                              LocalDate nextReviewDue, boolean signedByYoungPerson, boolean agreedByIro,
                              boolean triplePlanComplete) {
    }
}
