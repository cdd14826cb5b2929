package org.leavingcare.leaver.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/** The fields of pathway-service's {@code GET /young-people/{caseRef}} that leaver-service shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PathwayRecord(String caseRef, String givenName, String familyName, LocalDate dateOfBirth, String team) {
}
