package org.leavingcare.pathway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.leavingcare.pathway.Fixtures.PROBLEM;
import static org.leavingcare.pathway.Fixtures.get;
import static org.leavingcare.pathway.Fixtures.person;
import static org.leavingcare.pathway.Fixtures.put;
import static org.leavingcare.pathway.Fixtures.sw;

/** PUT immigration and adult-transition facts; the clock is fixed at 2026-03-01. */
@QuarkusTest
class TransitionFactsResourceTest {

    static final String IMMIGRATION = """
            {"status": "UASC_LEAVE", "firstIdentifiedOn": "2025-01-10", "riskAssessmentCompletedOn": "2025-01-12",
             "leaveExpiresOn": "2027-11-14", "solicitorInstructedOn": null, "furtherLeaveApplicationMadeOn": null,
             "ageDisputed": false, "ageAssessmentOutcome": null}""";
    static final String ADULT = """
            {"likelyAdultCareNeeds": true, "ehcp": true, "referredToAdultSocialCareOn": "2026-01-15",
             "careActAssessmentCompletedOn": "2026-02-10", "adultServicesDecision": "ELIGIBLE_FOR_ADULT_CARE",
             "adultServicesDecisionOn": "2026-02-20", "leadWorker": "cwd-3"}""";

    @Test
    void immigrationFactsAreRecordedAuditedAndShownOnTheRecord() {
        put("/young-people/TF-1", person("2009-11-14", "uasc")).statusCode(201);
        put("/young-people/TF-1/immigration", IMMIGRATION).statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("UASC_LEAVE")).body("leaveExpiresOn", equalTo("2027-11-14"))
                .body("updatedBy", equalTo("sw-1")).body("updatedAt", notNullValue());
        get("/young-people/TF-1").body("immigration.status", equalTo("UASC_LEAVE"))
                .body("immigration.riskAssessmentCompletedOn", equalTo("2025-01-12"));
        put("/young-people/TF-1/immigration", IMMIGRATION.replace("\"UASC_LEAVE\"", "\"REFUGEE_STATUS\""))
                .statusCode(200).body("status", equalTo("REFUGEE_STATUS"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            leaveExpiresOn                | "leaveExpiresOn": "2027-11-14"               | "leaveExpiresOn": "2025-01-09"
            leaveExpiresOn                | "leaveExpiresOn": "2027-11-14"               | "leaveExpiresOn": null
            riskAssessmentCompletedOn     | "riskAssessmentCompletedOn": "2025-01-12"    | "riskAssessmentCompletedOn": "2025-01-01"
            firstIdentifiedOn             | "firstIdentifiedOn": "2025-01-10"            | "firstIdentifiedOn": "2026-03-02"
            firstIdentifiedOn             | "firstIdentifiedOn": "2025-01-10"            | "firstIdentifiedOn": "2009-01-01"
            ageAssessmentOutcome          | "ageAssessmentOutcome": null                 | "ageAssessmentOutcome": "ASSESSED_AS_ADULT"
            furtherLeaveApplicationMadeOn | "furtherLeaveApplicationMadeOn": null        | "furtherLeaveApplicationMadeOn": "2026-04-01"
            leaveExpiresOn                | "status": "UASC_LEAVE"                       | "status": "BRITISH_CITIZEN"
            """)
    void impossibleImmigrationFactsAre422NamingTheField(String field, String from, String to) {
        put("/young-people/TF-2", person("2009-11-14", "uasc")).statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        put("/young-people/TF-2/immigration", IMMIGRATION.replace(from, to)).statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem(field));
        get("/young-people/TF-2").body("immigration", nullValue());
    }

    @Test
    void anUnknownImmigrationStatusOrMissingStatusIs400() {
        put("/young-people/TF-3", person("2009-11-14", "uasc")).statusCode(201);
        put("/young-people/TF-3/immigration", IMMIGRATION.replace("\"UASC_LEAVE\"", "\"VISITOR\"")).statusCode(400)
                .body("violations[0].field", equalTo("status"));
        put("/young-people/TF-3/immigration", "{\"firstIdentifiedOn\": \"2025-01-10\"}").statusCode(400)
                .body("violations[0].field", equalTo("status"));
        put("/young-people/NOBODY-TF/immigration", IMMIGRATION).statusCode(404);
    }

    @Test
    void adultTransitionFactsAreRecordedAndUpdateTheYoungPersonsFlags() {
        put("/young-people/TF-4", person("2009-11-14", "cwd")).statusCode(201);
        put("/young-people/TF-4/adult-transition", ADULT).statusCode(200)
                .body("leadWorker", equalTo("cwd-3")).body("adultServicesDecision", equalTo("ELIGIBLE_FOR_ADULT_CARE"))
                .body("updatedBy", equalTo("sw-1"));
        get("/young-people/TF-4").body("likelyAdultCareNeeds", equalTo(true)).body("ehcp", equalTo(true))
                .body("adultTransition.careActAssessmentCompletedOn", equalTo("2026-02-10"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            careActAssessmentCompletedOn | "careActAssessmentCompletedOn": "2026-02-10" | "careActAssessmentCompletedOn": "2026-01-14"
            adultServicesDecisionOn      | "adultServicesDecisionOn": "2026-02-20"      | "adultServicesDecisionOn": "2026-02-09"
            adultServicesDecisionOn      | "adultServicesDecisionOn": "2026-02-20"      | "adultServicesDecisionOn": null
            adultServicesDecision        | "adultServicesDecision": "ELIGIBLE_FOR_ADULT_CARE" | "adultServicesDecision": null
            referredToAdultSocialCareOn  | "referredToAdultSocialCareOn": "2026-01-15"  | "referredToAdultSocialCareOn": "2026-03-02"
            """)
    void impossibleAdultTransitionFactsAre422NamingTheField(String field, String from, String to) {
        put("/young-people/TF-5", person("2009-11-14", "cwd")).statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        put("/young-people/TF-5/adult-transition", ADULT.replace(from, to)).statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem(field));
        get("/young-people/TF-5").body("adultTransition", nullValue()).body("ehcp", equalTo(false));
    }

    @Test
    void aStaleIfMatchOnTransitionFactsIs412() {
        String etag = put("/young-people/TF-6", person("2009-11-14", "cwd")).statusCode(201).extract().header("ETag");
        String next = given().header("Authorization", sw()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(ADULT).when().put("/young-people/TF-6/adult-transition").then().statusCode(200).extract().header("ETag");
        given().header("Authorization", sw()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(IMMIGRATION).when().put("/young-people/TF-6/immigration").then().statusCode(412);
        given().header("Authorization", sw()).header("If-Match", next).contentType(ContentType.JSON)
                .body(IMMIGRATION).when().put("/young-people/TF-6/immigration").then().statusCode(200);
    }
}
