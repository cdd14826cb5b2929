package org.leavingcare.pathway.youngperson;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A young person's record as the API returns it. */
@Schema(name = "YoungPerson")
public record YoungPersonView(String caseRef, String givenName, String familyName, LocalDate dateOfBirth,
                              Gender gender, String team, long version) {

    public static YoungPersonView of(YoungPerson p) {
        return new YoungPersonView(p.caseRef, p.givenName, p.familyName, p.dateOfBirth, p.gender, p.team, p.version);
    }
}
