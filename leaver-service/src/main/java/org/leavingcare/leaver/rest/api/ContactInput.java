package org.leavingcare.leaver.rest.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.domain.ContactKind;

import java.time.LocalDate;

/** A keeping-in-touch contact or attempt. */
@Schema(name = "ContactInput", example = """
        {"contactOn": "2026-02-27", "kind": "FACE_TO_FACE", "successful": true, "atAccommodation": true}""")
public record ContactInput(
        @Schema(description = "Never in the future") @NotNull LocalDate contactOn,
        @NotNull ContactKind kind,
        @Schema(description = "false for an attempt that did not reach the young person") @NotNull Boolean successful,
        @Schema(description = "PA-6: at the young person's accommodation") @NotNull Boolean atAccommodation) {
}
