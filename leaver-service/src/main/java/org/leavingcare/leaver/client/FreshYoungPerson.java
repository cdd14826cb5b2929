package org.leavingcare.leaver.client;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The young person's record read fresh from pathway-service, or, when it cannot answer in time, from
 * leaver-service's projection (no names there) flagged {@code possiblyStale}.
 */
@Schema(name = "PathwayRecord")
public record FreshYoungPerson(String caseRef, String givenName, String familyName, LocalDate dateOfBirth, String team,
                               @Schema(enumeration = {"pathway-service", "projection"}) String source,
                               boolean possiblyStale) {

    public static final String PATHWAY = "pathway-service";
    public static final String PROJECTION = "projection";
}
