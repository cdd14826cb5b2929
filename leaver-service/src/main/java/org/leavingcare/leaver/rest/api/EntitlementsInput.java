package org.leavingcare.leaver.rest.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.domain.ExplanationMethod;

import java.time.LocalDate;

/** The local offer and the young person's rights and entitlements were explained. */
@Schema(name = "EntitlementsExplainedInput", example = """
        {"explainedOn": "2026-02-20", "method": "CONVERSATION", "acknowledged": true}""")
public record EntitlementsInput(
        @Schema(description = "Never in the future") @NotNull LocalDate explainedOn,
        @NotNull ExplanationMethod method,
        @Schema(description = "The young person acknowledged the explanation") @NotNull Boolean acknowledged) {
}
