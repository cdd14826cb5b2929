package org.leavingcare.pathway.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.assessment.CircumstanceKind;
import org.leavingcare.pathway.repository.ChangeOfCircumstance;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded change of circumstance. */
@Schema(name = "ChangeOfCircumstance")
public record ChangeOfCircumstanceView(long id, CircumstanceKind kind, LocalDate occurredOn, String summary,
                                       String recordedBy, Instant recordedAt) {

    public static ChangeOfCircumstanceView of(ChangeOfCircumstance c) {
        return new ChangeOfCircumstanceView(c.id, c.kind, c.occurredOn, c.summary, c.recordedBy, c.recordedAt);
    }
}
