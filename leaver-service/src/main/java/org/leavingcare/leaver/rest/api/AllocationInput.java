package org.leavingcare.leaver.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Allocate (or transfer to) a personal adviser. */
@Schema(name = "AllocationInput", example = """
        {"adviserId": "pa-7", "startedOn": "2026-03-01", "reason": "transfer: adviser moved team",
         "override": false, "overrideReason": null}""")
public record AllocationInput(
        @NotBlank @Size(max = 64) String adviserId,
        @Schema(description = "Defaults to today; never in the future") LocalDate startedOn,
        @Schema(description = "Required for a transfer: why the previous allocation ends") @Size(max = 500) String reason,
        @Schema(description = "Allocate beyond the adviser's capacity (needs overrideReason)") Boolean override,
        @Size(max = 500) String overrideReason) {
}
