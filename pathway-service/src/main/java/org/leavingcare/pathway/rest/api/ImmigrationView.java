package org.leavingcare.pathway.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.transition.AgeAssessmentOutcome;
import org.leavingcare.pathway.domain.transition.ImmigrationStatus;
import org.leavingcare.pathway.repository.Immigration;

import java.time.Instant;
import java.time.LocalDate;

/** The immigration facts as recorded, with who recorded them last and when. */
@Schema(name = "Immigration")
public record ImmigrationView(ImmigrationStatus status, LocalDate firstIdentifiedOn, LocalDate riskAssessmentCompletedOn,
                              LocalDate leaveExpiresOn, LocalDate solicitorInstructedOn,
                              LocalDate furtherLeaveApplicationMadeOn, boolean ageDisputed,
                              AgeAssessmentOutcome ageAssessmentOutcome, String updatedBy, Instant updatedAt) {

    public static ImmigrationView of(Immigration i) {
        return i == null ? null : new ImmigrationView(i.status, i.firstIdentifiedOn, i.riskAssessmentCompletedOn,
                i.leaveExpiresOn, i.solicitorInstructedOn, i.furtherLeaveApplicationMadeOn, i.ageDisputed,
                i.ageAssessmentOutcome, i.updatedBy, i.updatedAt);
    }
}
