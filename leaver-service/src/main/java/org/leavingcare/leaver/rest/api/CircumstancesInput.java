package org.leavingcare.leaver.rest.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * What leaver-service records itself about a young person: facts that weigh on a caseload, the
 * languages they speak, and the day they moved into accommodation the council provides (PA-6).
 */
@Schema(name = "CircumstancesInput", example = """
        {"inCustody": false, "parent": true, "languages": ["en", "ti"], "councilAccommodationFrom": "2026-02-20"}""")
public record CircumstancesInput(
        @NotNull Boolean inCustody,
        @NotNull Boolean parent,
        @Size(max = 10)
        List<@NotNull @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", message = "must be a language code such as en or ar") String> languages,
        @Schema(description = "Moved into accommodation the council provides (s23B / s24B) on this day; null if not living in it; never in the future")
        LocalDate councilAccommodationFrom) {
}
