package org.leavingcare.leaver.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** End the current allocation (PA-3: end date and reason). */
@Schema(name = "AllocationEndInput", example = """
        {"endedOn": "2026-03-01", "reason": "declined support after 21"}""")
public record AllocationEndInput(
        @Schema(description = "Defaults to today; never in the future") LocalDate endedOn,
        @NotBlank @Size(max = 500) String reason) {
}
