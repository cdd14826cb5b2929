package org.leavingcare.pathway.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.assessment.CircumstanceKind;
import org.leavingcare.pathway.domain.assessment.RiskRating;

import java.time.LocalDate;

/** The request bodies of the needs-assessment operations. */
public final class AssessmentInputs {

    private AssessmentInputs() {
    }

    /** Starts an assessment; {@code startedOn} defaults to today. */
    @Schema(name = "NeedsAssessmentStart", example = "{\"startedOn\": \"2026-03-01\"}")
    public record Start(LocalDate startedOn) {
    }

    /** One reg 42(2) section: what was found and what is needed. */
    @Schema(name = "NeedsAssessmentSectionInput", example = "{\"summary\": \"Registered with a GP; dental check due.\"}")
    public record SectionInput(@NotBlank @Size(max = 20000) String summary) {
    }

    /** Completes an assessment with the overall risk rating and narrative; {@code completedOn} defaults to today. */
    @Schema(name = "NeedsAssessmentCompletion", example = """
            {"riskRating": "MEDIUM", "narrative": "Settled in placement; needs support with budgeting.", "completedOn": "2026-03-01"}""")
    public record Completion(@NotNull RiskRating riskRating, @NotBlank @Size(max = 20000) String narrative,
                             LocalDate completedOn) {
    }

    /** NA-6: a significant change of circumstance. */
    @Schema(name = "ChangeOfCircumstanceInput", example = """
            {"kind": "PLACEMENT_BREAKDOWN", "occurredOn": "2026-02-20", "summary": "Placement ended at short notice."}""")
    public record Change(@NotNull CircumstanceKind kind, @NotNull LocalDate occurredOn, @Size(max = 2000) String summary) {
    }
}
