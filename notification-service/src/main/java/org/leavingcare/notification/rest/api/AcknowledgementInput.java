package org.leavingcare.notification.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Someone has seen an alert: what is being done, and optionally by when. Who comes from the token. */
@Schema(name = "AcknowledgementInput", example = "{\"note\": \"Assessment booked with the CWD team\", \"actionBy\": \"2026-03-10\"}")
public record AcknowledgementInput(
        @NotBlank(message = "must say what is being done") @Size(max = 2000, message = "must be at most 2000 characters")
        @Pattern(regexp = "[^\\x00]*", message = "must not contain the NUL character") String note,
        LocalDate actionBy) {
}
