package org.leavingcare.pathway.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavingcare.pathway.Fixtures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.leavingcare.pathway.Fixtures.PROBLEM;
import static org.leavingcare.pathway.Fixtures.get;
import static org.leavingcare.pathway.Fixtures.inCare;
import static org.leavingcare.pathway.Fixtures.post;
import static org.leavingcare.pathway.Fixtures.put;
import static org.leavingcare.pathway.Fixtures.sw;

/**
 * Dates PostgreSQL cannot store (or that no record of a young person can hold) are a 400 naming the field, in
 * every body and query parameter, and nothing is written; never a 500, and never a date in the feed that a
 * consumer cannot store.
 */
@QuarkusTest
class ExtremeDatesTest {

    @ParameterizedTest
    @CsvSource({"-5000-01-01", "+9999999-01-01", "1899-12-31", "2200-01-01"})
    void aDateOfBirthOutOfRangeIs400AndNothingIsWritten(String date) {
        String caseRef = "XD-DOB-" + date.replace("+", "p").replace("-", "");
        put("/young-people/" + caseRef, Fixtures.person(date, "xd")).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("dateOfBirth"));
        get("/young-people/" + caseRef).statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({"-5000-01-01", "+9999999-01-01"})
    void extremeDatesInEveryBodyAre400NamingTheField(String date) {
        String caseRef = "XD-BODY-" + date.replace("+", "p").replace("-", "");
        inCare(caseRef, "2010-01-10", "xd", "2023-09-01");
        String base = "/young-people/" + caseRef;
        put(base + "/care-episodes", """
                {"episodes": [{"start": "2023-09-01", "end": "%s", "legalStatus": "C2"}]}""".formatted(date))
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("episodes[0].end"));
        put(base + "/immigration", """
                {"status": "UASC_LEAVE", "leaveExpiresOn": "%s"}""".formatted(date))
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("leaveExpiresOn"));
        put(base + "/adult-transition", """
                {"referredToAdultSocialCareOn": "%s"}""".formatted(date))
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("referredToAdultSocialCareOn"));
        post(base + "/changes-of-circumstance", """
                {"kind": "OTHER", "occurredOn": "%s"}""".formatted(date))
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("occurredOn"));
        post(base + "/needs-assessments", """
                {"startedOn": "%s"}""".formatted(date))
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("startedOn"));
        put(base, """
                {"givenName": "Tessaly", "familyName": "Perrowne", "dateOfBirth": "2010-01-10", "livedWithParentSince": "%s"}"""
                .formatted(date)).statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("livedWithParentSince"));
        post(base + "/pathway-plans", """
                {"sections": [{"section": "ACCOMMODATION", "summary": "s", "councilAccommodationFrom": "%s",
                  "actions": [{"action": "a", "owner": "pa-1", "targetDate": "2026-04-01"}]}]}""".formatted(date))
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("sections[0].councilAccommodationFrom"));
        post(base + "/pathway-plans", """
                {"sections": [{"section": "HEALTH", "summary": "s",
                  "actions": [{"action": "a", "owner": "pa-1", "targetDate": "%s"}]}]}""".formatted(date))
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("sections[0].actions[0].targetDate"));
        // nothing above was written: the record is still at the version the set-up left
        get(base).statusCode(200).body("immigration", equalTo(null)).body("careEpisodes.size()", equalTo(1));
    }

    @ParameterizedTest
    @CsvSource({"dueBefore, -5000-01-01", "dueBefore, +9999999-01-01", "dueAfter, -5000-01-01", "dueAfter, +9999999-01-01"})
    void extremeQueryDatesAre400NamingTheParameter(String parameter, String date) {
        given().header("Authorization", sw()).queryParam(parameter, date).when().get("/young-people")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem(parameter));
    }
}
