package org.leavingcare.pathway.youngperson;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What a case-management system sends to create or update a young person. */
@Schema(name = "YoungPersonInput", example = """
        {"givenName": "Alex", "familyName": "Example", "dateOfBirth": "2010-05-14", "gender": "FEMALE", "team": "north"}""")
public record YoungPersonInput(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull @Past LocalDate dateOfBirth,
        Gender gender,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must contain only letters, digits, - and _") String team) {
}
