package org.leavingcare.pathway.rest.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.transition.AgeAssessmentOutcome;
import org.leavingcare.pathway.domain.transition.ImmigrationStatus;
import org.leavingcare.pathway.service.ImmigrationFacts;

import java.time.LocalDate;

/** The immigration facts of a UASC or migrant young person (rules.md §8); replaces what was recorded. */
@Schema(name = "ImmigrationInput", example = """
        {"status": "UASC_LEAVE", "firstIdentifiedOn": "2025-01-10", "riskAssessmentCompletedOn": "2025-01-10",
         "leaveExpiresOn": "2027-11-14", "solicitorInstructedOn": null, "furtherLeaveApplicationMadeOn": null,
         "ageDisputed": false, "ageAssessmentOutcome": null}""")
public record ImmigrationInput(@NotNull ImmigrationStatus status, LocalDate firstIdentifiedOn,
                               @Schema(description = "UASC-2") LocalDate riskAssessmentCompletedOn,
                               @Schema(description = "UASC-5, UASC-6") LocalDate leaveExpiresOn,
                               @Schema(description = "UASC-6") LocalDate solicitorInstructedOn,
                               @Schema(description = "UASC-6: must be made before the leave expires") LocalDate furtherLeaveApplicationMadeOn,
                               Boolean ageDisputed,
                               @Schema(description = "UASC-3: only when the age is disputed") AgeAssessmentOutcome ageAssessmentOutcome) {

    public ImmigrationFacts toFacts() {
        return new ImmigrationFacts(status, firstIdentifiedOn, riskAssessmentCompletedOn, leaveExpiresOn,
                solicitorInstructedOn, furtherLeaveApplicationMadeOn, ageDisputed, ageAssessmentOutcome);
    }
}
