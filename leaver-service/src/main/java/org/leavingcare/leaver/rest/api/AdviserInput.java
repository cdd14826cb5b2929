package org.leavingcare.leaver.rest.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A personal adviser as a manager or the HR integration sends it. */
@Schema(name = "PersonalAdviserInput", example = """
        {"name": "Sam Adviser", "team": "north", "capacity": 20, "languages": ["en", "ar"],
         "specialisms": ["disability", "uasc"], "active": true}""")
public record AdviserInput(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must contain only letters, digits, - and _") String team,
        @Schema(description = "Contracted capacity in weighted points") @NotNull @Min(0) @Max(1000) Integer capacity,
        @Schema(description = "Language codes, e.g. en, ar, ti") @Size(max = 20)
        List<@NotNull @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", message = "must be a language code such as en or ar") String> languages,
        @Schema(description = "disability, uasc, complex-needs, custody, parenthood, or a local code") @Size(max = 20)
        List<@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,31}", message = "must be a lower-case code such as disability") String> specialisms,
        @NotNull Boolean active) {
}
