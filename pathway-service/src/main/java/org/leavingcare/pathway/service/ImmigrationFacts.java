package org.leavingcare.pathway.service;

import org.leavingcare.pathway.domain.transition.AgeAssessmentOutcome;
import org.leavingcare.pathway.domain.transition.ImmigrationStatus;

import java.time.LocalDate;

/** The immigration facts of a UASC or migrant young person (rules.md §8), replacing what was recorded. */
public record ImmigrationFacts(ImmigrationStatus status, LocalDate firstIdentifiedOn, LocalDate riskAssessmentCompletedOn,
                               LocalDate leaveExpiresOn, LocalDate solicitorInstructedOn,
                               LocalDate furtherLeaveApplicationMadeOn, Boolean ageDisputed,
                               AgeAssessmentOutcome ageAssessmentOutcome) {
}
