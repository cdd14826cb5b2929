package org.leavingcare.pathway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.leavingcare.pathway.Fixtures.PROBLEM;
import static org.leavingcare.pathway.Fixtures.get;
import static org.leavingcare.pathway.Fixtures.person;
import static org.leavingcare.pathway.Fixtures.put;
import static org.leavingcare.pathway.Fixtures.sw;

/** PUT /young-people/{caseRef}/care-episodes; the clock is fixed at 2026-03-01. */
@QuarkusTest
class CareEpisodesResourceTest {

    static final String ONE_OPEN = """
            {"episodes": [{"start": "2025-06-01", "legalStatus": "V2", "placementType": "U1"}]}""";

    @Test
    void episodesChangeTheCategoryAndTheDueDate() {
        // born 2009-12-20: 16 on 2025-12-20. In care 2025-06-01..2025-08-01 (61 days), back from 2026-01-01:
        // 30 more days make 91 on 2026-01-30, so eligible then and the assessment is due 2026-04-30
        put("/young-people/EP-1", person("2009-12-20", "north")).statusCode(201);
        get("/young-people/EP-1").body("category", equalTo("NOT_A_CARE_LEAVER"));
        put("/young-people/EP-1/care-episodes", """
                {"episodes": [
                  {"start": "2026-01-01", "legalStatus": "C2", "placementType": "U1"},
                  {"start": "2025-06-01", "end": "2025-08-01", "legalStatus": "V2", "placementType": "U1", "reasonCeased": "E13"}
                ]}""").statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("careEpisodes", hasSize(2))
                .body("careEpisodes[0].start", equalTo("2025-06-01"))
                .body("category", equalTo("ELIGIBLE"))
                .body("eligibilityDate", equalTo("2026-01-30"))
                .body("needsAssessment.dueOn", equalTo("2026-04-30"))
                .body("needsAssessment.status", equalTo("DUE"));
        // a sync without the later episode: left care on 2026-01-20 before becoming eligible -> qualifying
        put("/young-people/EP-1/care-episodes", """
                {"episodes": [
                  {"start": "2025-06-01", "end": "2025-08-01", "legalStatus": "V2", "reasonCeased": "E13"},
                  {"start": "2026-01-01", "end": "2026-01-20", "legalStatus": "C2", "reasonCeased": "E13"}
                ]}""").statusCode(200)
                .body("category", equalTo("QUALIFYING"))
                .body("lookedAfter", equalTo(false))
                .body("careEndedOn", equalTo("2026-01-20"))
                .body("eligibilityDate", nullValue())
                .body("needsAssessment.status", equalTo("NOT_DUE"));
    }

    @Test
    void shortBreaksDoNotMakeAYoungPersonEligible() {
        put("/young-people/EP-2", person("2009-12-20", "north")).statusCode(201);
        put("/young-people/EP-2/care-episodes", """
                {"episodes": [{"start": "2024-01-01", "legalStatus": "V3", "placementType": "K1"}]}""").statusCode(200)
                .body("lookedAfter", equalTo(true))
                .body("category", equalTo("NOT_A_CARE_LEAVER"))
                .body("needsAssessment.status", equalTo("NOT_DUE"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            episodes[0].legalStatus   | {"start": "2025-06-01", "legalStatus": "C9"}
            episodes[0].placementType | {"start": "2025-06-01", "legalStatus": "C2", "placementType": "ZZ"}
            episodes[0].reasonCeased  | {"start": "2025-06-01", "end": "2025-07-01", "legalStatus": "C2", "reasonCeased": "E99"}
            episodes[0].reasonCeased  | {"start": "2025-06-01", "legalStatus": "C2", "reasonCeased": "E13"}
            episodes[0].end           | {"start": "2025-06-01", "end": "2025-05-31", "legalStatus": "C2"}
            episodes[0].start         | {"start": "2026-03-02", "legalStatus": "C2"}
            episodes[0].end           | {"start": "2025-06-01", "end": "2026-03-02", "legalStatus": "C2"}
            episodes[0].start         | {"start": "2009-12-19", "end": "2010-01-01", "legalStatus": "C2"}
            """)
    void eachBrokenRuleIsA422NamingTheEpisodeAndField(String field, String episode) {
        put("/young-people/EP-3", person("2009-12-20", "north")).statusCode(anyOf201or200());
        put("/young-people/EP-3/care-episodes", ONE_OPEN).statusCode(200);
        put("/young-people/EP-3/care-episodes", "{\"episodes\": [" + episode + "]}")
                .statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:rule-violation"))
                .body("violations.field", hasItem(field));
        // nothing written: the earlier list stands
        get("/young-people/EP-3").body("careEpisodes.start", contains("2025-06-01"))
                .body("careEpisodes[0].end", nullValue());
    }

    static org.hamcrest.Matcher<Integer> anyOf201or200() {
        return org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201));
    }

    @Test
    void overlappingEpisodesNameTheLaterOne() {
        put("/young-people/EP-4", person("2009-12-20", "north")).statusCode(201);
        put("/young-people/EP-4/care-episodes", """
                {"episodes": [
                  {"start": "2025-06-01", "end": "2025-09-01", "legalStatus": "C2", "reasonCeased": "E13"},
                  {"start": "2025-08-01", "legalStatus": "C2"}
                ]}""").statusCode(422)
                .body("violations[0].field", equalTo("episodes[1].start"))
                .body("violations[0].message", containsString("episodes[0]"));
        put("/young-people/EP-4/care-episodes", """
                {"episodes": [
                  {"start": "2025-08-01", "legalStatus": "C2"},
                  {"start": "2025-06-01", "legalStatus": "C2"}
                ]}""").statusCode(422)
                .body("violations[0].field", equalTo("episodes[0].start"));
        // back-to-back episodes (end exclusive) do not overlap
        put("/young-people/EP-4/care-episodes", """
                {"episodes": [
                  {"start": "2025-06-01", "end": "2025-09-01", "legalStatus": "C2", "reasonCeased": "X1"},
                  {"start": "2025-09-01", "legalStatus": "C2"}
                ]}""").statusCode(200);
    }

    @Test
    void aMissingStartOrLegalStatusIsA400NamingTheField() {
        put("/young-people/EP-5", person("2009-12-20", "north")).statusCode(201);
        put("/young-people/EP-5/care-episodes", "{\"episodes\": [{\"legalStatus\": \"C2\"}]}")
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("episodes[0].start"));
        put("/young-people/EP-5/care-episodes", "{\"episodes\": [{\"start\": \"2025-01-01\"}]}")
                .statusCode(400).body("violations[0].field", equalTo("episodes[0].legalStatus"));
        put("/young-people/EP-5/care-episodes", "{\"episodes\": [{\"start\": \"1/1/2025\", \"legalStatus\": \"C2\"}]}")
                .statusCode(400).body("violations[0].field", equalTo("episodes[0].start"));
        put("/young-people/EP-5/care-episodes", "{}")
                .statusCode(400).body("violations[0].field", equalTo("episodes"));
    }

    @Test
    void aStaleIfMatchIs412AndAnUnknownYoungPersonIs404() {
        String etag = put("/young-people/EP-6", person("2009-12-20", "north")).statusCode(201).extract().header("ETag");
        String next = given().header("Authorization", sw()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(ONE_OPEN).when().put("/young-people/EP-6/care-episodes")
                .then().statusCode(200).extract().header("ETag");
        given().header("Authorization", sw()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"episodes\": []}").when().put("/young-people/EP-6/care-episodes")
                .then().statusCode(412).contentType(PROBLEM);
        get("/young-people/EP-6").body("careEpisodes", hasSize(1)).header("ETag", equalTo(next));
        put("/young-people/NOBODY-6/care-episodes", ONE_OPEN).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void anIroMayReadButNotWriteEpisodes() {
        put("/young-people/EP-7", person("2009-12-20", "north", "iro-1")).statusCode(201);
        given().header("Authorization", org.leavingcare.testsupport.TestTokens.bearer("iro", "iro-1"))
                .contentType(ContentType.JSON).body(ONE_OPEN)
                .when().put("/young-people/EP-7/care-episodes").then().statusCode(403);
        given().header("Authorization", org.leavingcare.testsupport.TestTokens.bearer("iro", "iro-1"))
                .when().get("/young-people/EP-7").then().statusCode(200);
    }
}
