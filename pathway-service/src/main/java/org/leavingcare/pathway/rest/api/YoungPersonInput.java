package org.leavingcare.pathway.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.youngperson.Gender;
import org.leavingcare.pathway.service.YoungPersonDetails;

import java.time.LocalDate;
import java.util.List;

/**
 * What a case-management system sends to create or update a young person. The yes/no facts are optional: left
 * out on an update they keep their value (they can also be set through {@code /adult-transition}); left out on a
 * create they are false.
 */
@Schema(name = "YoungPersonInput", example = """
        {"givenName": "Alex", "familyName": "Example", "dateOfBirth": "2010-05-14", "gender": "FEMALE",
         "ethnicity": "WBRI", "team": "north", "socialWorker": "sw-17", "reviewingOfficer": "iro-3", "disabled": true, "disabilityCodes": ["LD"],
         "likelyAdultCareNeeds": true, "ehcp": true, "uasc": false, "complexNeeds": false}""")
public record YoungPersonInput(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull LocalDate dateOfBirth,
        Gender gender,
        @Schema(description = "SSDA903 ethnicity code")
        @Pattern(regexp = ETHNICITY, message = "must be an SSDA903 ethnicity code (WBRI, WIRI, ..., NOBT)") String ethnicity,
        @Size(max = 64) @Pattern(regexp = IDENTIFIER, message = "must contain only letters, digits, - and _") String team,
        @Schema(description = "The allocated social worker's id")
        @Size(max = 64) @Pattern(regexp = IDENTIFIER, message = "must contain only letters, digits, - and _") String socialWorker,
        @Schema(description = "The independent reviewing officer's id")
        @Size(max = 64) @Pattern(regexp = IDENTIFIER, message = "must contain only letters, digits, - and _") String reviewingOfficer,
        Boolean disabled,
        @Schema(description = "CIN census disability codes")
        @Size(max = 13) List<@NotNull @Pattern(regexp = DISABILITY, message = "must be a CIN disability code (MOB, HAND, PC, INC, COMM, LD, HEAR, VIS, BEH, CON, AUT, DDA)") String> disabilityCodes,
        Boolean likelyAdultCareNeeds,
        @Schema(description = "Has an education, health and care plan") Boolean ehcp,
        @Schema(description = "Unaccompanied asylum-seeking child") Boolean uasc,
        Boolean complexNeeds,
        @Size(max = 500) String complexNeedsReason,
        @Schema(description = "EDGE-2: subject to a care order on the 16th birthday") Boolean careOrderAt16,
        @Schema(description = "EDGE-2, CAT-3: detained or in hospital on the 16th birthday") Boolean detainedOrInHospitalOn16thBirthday,
        @Schema(description = "CAT-4, EDGE-4: living with a parent or person with parental responsibility since") LocalDate livedWithParentSince,
        @Schema(description = "CAT-4, EDGE-4: the day that arrangement broke down") LocalDate arrangementBrokeDownOn) {

    public static final String IDENTIFIER = "[A-Za-z0-9_-]+";
    public static final String ETHNICITY = "WBRI|WIRI|WIRT|WOTH|WROM|MWBC|MWBA|MWAS|MOTH|AIND|APKN|ABAN|AOTH|BCRB|BAFR|BOTH|CHNE|OOTH|REFU|NOBT";
    public static final String DISABILITY = "MOB|HAND|PC|INC|COMM|LD|HEAR|VIS|BEH|CON|AUT|DDA";

    public YoungPersonDetails toDetails() {
        return new YoungPersonDetails(givenName, familyName, dateOfBirth, gender, ethnicity, team, socialWorker,
                reviewingOfficer, disabled, disabilityCodes, likelyAdultCareNeeds, ehcp, uasc, complexNeeds,
                complexNeedsReason, careOrderAt16, detainedOrInHospitalOn16thBirthday, livedWithParentSince,
                arrangementBrokeDownOn);
    }
}
