package org.leavingcare.notification.domain.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the rules know of one young person: the pathway-service snapshot and the leaver-service
 * snapshot, as projected by this service. Nested parts are {@code null} until first recorded.
 */
public record YoungPersonFacts(
        String caseRef,
        String team,
        LocalDate dateOfBirth,
        boolean disabled,
        boolean likelyAdultCareNeeds,
        boolean ehcp,
        boolean uasc,
        LocalDate eligibilityDate,
        List<CategorySegment> categoryTimeline,
        NeedsAssessment needsAssessment,
        Immigration immigration,
        AdultTransition adultTransition,
        PathwayPlan pathwayPlan,
        Leaver leaver) {

    public YoungPersonFacts {
        categoryTimeline = categoryTimeline == null ? List.of() : List.copyOf(categoryTimeline);
    }

    public record NeedsAssessment(LocalDate dueOn, LocalDate startedOn, LocalDate completedOn,
                                  boolean asylumSectionCompleted, LocalDate reassessmentDueOn) {
    }

    public record Immigration(String status, LocalDate firstIdentifiedOn, LocalDate riskAssessmentCompletedOn,
                              LocalDate leaveExpiresOn, LocalDate solicitorInstructedOn,
                              LocalDate furtherLeaveApplicationMadeOn) {
    }

    public record AdultTransition(LocalDate referredToAdultSocialCareOn, LocalDate careActAssessmentCompletedOn,
                                  String adultServicesDecision, LocalDate adultServicesDecisionOn) {
    }

    public record PathwayPlan(Long planId, LocalDate createdOn, LocalDate agreedOn, LocalDate lastReviewOn,
                              LocalDate nextReviewDue, boolean triplePlanComplete) {
    }

    public record Leaver(LocalDate allocationDueOn, String adviserId, LocalDate allocatedOn,
                         LocalDate lastSuccessfulContactOn, LocalDate lastFaceToFaceContactOn,
                         LocalDate contactDueBy, LocalDate lostTouchAfter, LocalDate entitlementsExplainedOn,
                         LocalDate entitlementsDueBy, LocalDate post21DecisionOn) {
    }

    /** Today's category: the timeline segment with {@code from <= today < until}; {@code null} if none. */
    public Category categoryOn(LocalDate day) {
        for (CategorySegment segment : categoryTimeline) {
            if (segment.covers(day)) {
                return segment.category();
            }
        }
        return null;
    }

    public boolean isIn(LocalDate day, Set<Category> categories) {
        Category category = categoryOn(day);
        return category != null && categories.contains(category);
    }

    /**
     * The first day of the current run of {@code categories} containing {@code day} (e.g. the day a
     * young person became relevant, carried on into former relevant); {@code null} if not in one.
     */
    public LocalDate inSince(LocalDate day, Set<Category> categories) {
        // the timeline's segments are contiguous and in order (docs/change-feeds.md)
        LocalDate since = null;
        for (CategorySegment segment : categoryTimeline) {
            if (!categories.contains(segment.category())) {
                since = null;
                continue;
            }
            if (since == null) {
                since = segment.from();
            }
            if (segment.covers(day)) {
                return since;
            }
        }
        return null;
    }

    public boolean hasAdviser() {
        return leaver != null && leaver.adviserId() != null && !leaver.adviserId().isBlank();
    }
}
