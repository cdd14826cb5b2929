package org.leavingcare.notification.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;

/**
 * The part of pathway-service's young-person snapshot ({@code data.youngPerson}) this service reads.
 * The snapshot carries no names; its date of birth is only used to compute ages.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PathwaySnapshot(
        String caseRef,
        LocalDate dateOfBirth,
        String team,
        String socialWorker,
        String reviewingOfficer,
        Boolean disabled,
        Boolean likelyAdultCareNeeds,
        Boolean ehcp,
        Boolean uasc,
        Boolean lookedAfter,
        LocalDate careEndedOn,
        LocalDate eligibilityDate,
        List<Segment> categoryTimeline,
        NeedsAssessment needsAssessment,
        Immigration immigration,
        AdultTransition adultTransition,
        PathwayPlan pathwayPlan) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Segment(String category, LocalDate from, LocalDate until) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NeedsAssessment(LocalDate dueOn, LocalDate startedOn, LocalDate completedOn,
                                  Boolean asylumSectionCompleted, LocalDate reassessmentDueOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Immigration(String status, LocalDate firstIdentifiedOn, LocalDate riskAssessmentCompletedOn,
                              LocalDate leaveExpiresOn, LocalDate solicitorInstructedOn,
                              LocalDate furtherLeaveApplicationMadeOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AdultTransition(LocalDate referredToAdultSocialCareOn, LocalDate careActAssessmentCompletedOn,
                                  String adultServicesDecision, LocalDate adultServicesDecisionOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PathwayPlan(Long planId, LocalDate createdOn, LocalDate agreedOn, LocalDate lastReviewOn,
                              LocalDate nextReviewDue, Boolean triplePlanComplete) {
    }
}
