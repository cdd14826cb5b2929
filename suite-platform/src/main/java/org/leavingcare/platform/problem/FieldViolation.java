package org.leavingcare.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field that was wrong, named by its JSON path (e.g. {@code episodes[1].end}). */
@Schema(description = "A field that failed validation", example = "{\"field\": \"dateOfBirth\", \"message\": \"must be a date in the form YYYY-MM-DD\"}")
public record FieldViolation(String field, String message) {
}
