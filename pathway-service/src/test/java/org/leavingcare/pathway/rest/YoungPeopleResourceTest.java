package org.leavingcare.pathway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.leavingcare.pathway.Fixtures.PROBLEM;
import static org.leavingcare.pathway.Fixtures.cms;
import static org.leavingcare.pathway.Fixtures.get;
import static org.leavingcare.pathway.Fixtures.inCare;
import static org.leavingcare.pathway.Fixtures.person;
import static org.leavingcare.pathway.Fixtures.put;
import static org.leavingcare.pathway.Fixtures.sw;

/** PUT, GET and list of young people; the clock is fixed at 2026-03-01. */
@QuarkusTest
class YoungPeopleResourceTest {

    static final String FULL = """
            {"givenName": "Alex", "familyName": "Example", "dateOfBirth": "2010-05-14", "gender": "FEMALE",
             "ethnicity": "WBRI", "team": "north", "socialWorker": "sw-17", "disabled": true, "disabilityCodes": ["LD", "AUT"],
             "likelyAdultCareNeeds": true, "ehcp": true, "uasc": false, "complexNeeds": true,
             "complexNeedsReason": "Needs a specialist placement"}""";

    @Test
    void aNewYoungPersonIsCreatedWithLocationAndETagThenUpdated() {
        String etag = put("/young-people/YP-1", FULL).statusCode(201)
                .header("Location", endsWith("/young-people/YP-1"))
                .header("ETag", notNullValue())
                .body("caseRef", equalTo("YP-1"))
                .body("disabilityCodes", contains("LD", "AUT"))
                .body("complexNeedsReason", equalTo("Needs a specialist placement"))
                .body("updatedBy", equalTo("sw-1"))
                .extract().header("ETag");
        // moving the young person to another team is the case-management system's work
        String updated = given().header("Authorization", cms()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(FULL.replace("\"north\"", "\"south\""))
                .when().put("/young-people/YP-1")
                .then().statusCode(200).body("team", equalTo("south")).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, updated);
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndNothingChanges() {
        String etag = put("/young-people/YP-2", FULL).statusCode(201).extract().header("ETag");
        given().header("Authorization", cms()).contentType(ContentType.JSON).body(FULL.replace("\"north\"", "\"east\""))
                .when().put("/young-people/YP-2").then().statusCode(200);
        given().header("Authorization", cms()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(FULL.replace("\"north\"", "\"west\""))
                .when().put("/young-people/YP-2")
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:precondition-failed"));
        given().header("Authorization", cms()).when().get("/young-people/YP-2").then().statusCode(200)
                .body("team", equalTo("east"));
    }

    @Test
    void anIfMatchForARecordThatDoesNotExistIs412() {
        given().header("Authorization", sw()).header("If-Match", "\"3\"").contentType(ContentType.JSON).body(FULL)
                .when().put("/young-people/YP-3")
                .then().statusCode(412).contentType(PROBLEM);
        get("/young-people/YP-3").statusCode(404);
    }

    @Test
    void theRecordCarriesAgeBirthdaysAndTheComputedStatus() {
        put("/young-people/YP-4", FULL).statusCode(201);
        get("/young-people/YP-4").statusCode(200)
                .header("ETag", notNullValue())
                .body("age.years", equalTo(15)).body("age.months", equalTo(9))
                .body("birthdays.sixteenth", equalTo("2026-05-14"))
                .body("birthdays.seventeenAndAHalf", equalTo("2027-11-14"))
                .body("birthdays.eighteenth", equalTo("2028-05-14"))
                .body("birthdays.twentyFirst", equalTo("2031-05-14"))
                .body("birthdays.twentyFifth", equalTo("2035-05-14"))
                .body("lookedAfter", equalTo(false))
                .body("category", equalTo("NOT_A_CARE_LEAVER"))
                .body("categorySince", nullValue())
                .body("eligibilityDate", nullValue())
                .body("needsAssessment.status", equalTo("NOT_DUE"))
                .body("needsAssessment.dueOn", nullValue())
                .body("careEpisodes", empty())
                .body("immigration", nullValue())
                .body("adultTransition", nullValue());
    }

    @Test
    void aLookedAfterSixteenYearOldIsEligibleWithTheAssessmentDueThreeMonthsLater() {
        // 16 on 2026-01-10, in care since 2023: eligible from the birthday, assessment due 2026-04-10
        inCare("YP-5", "2010-01-10", "north", "2023-09-01");
        get("/young-people/YP-5").statusCode(200)
                .body("lookedAfter", equalTo(true))
                .body("category", equalTo("ELIGIBLE"))
                .body("categorySince", equalTo("2026-01-10"))
                .body("eligibilityDate", equalTo("2026-01-10"))
                .body("categoryTimeline[0].category", equalTo("LOOKED_AFTER"))
                .body("categoryTimeline[0].from", equalTo("2023-09-01"))
                .body("categoryTimeline[1].category", equalTo("ELIGIBLE"))
                .body("categoryTimeline[1].until", equalTo("2028-01-10"))
                .body("categoryTimeline[2].category", equalTo("FORMER_RELEVANT"))
                .body("categoryTimeline[2].until", nullValue())
                .body("needsAssessment.dueOn", equalTo("2026-04-10"))
                .body("needsAssessment.status", equalTo("DUE"));
    }

    @Test
    void yesNoFactsLeftOutOfAnUpdateKeepTheirValue() {
        put("/young-people/YP-6", FULL).statusCode(201);
        given().header("Authorization", cms()).contentType(ContentType.JSON).body("""
                {"givenName": "Alex", "familyName": "Example", "dateOfBirth": "2010-05-14", "disabled": true,
                 "complexNeeds": true, "complexNeedsReason": "still"}""").when().put("/young-people/YP-6").then().statusCode(200)
                .body("ehcp", equalTo(true)).body("likelyAdultCareNeeds", equalTo(true))
                .body("uasc", equalTo(false)).body("team", nullValue());
    }

    @Test
    void aDateOfBirthTodayOrLaterIs422() {
        put("/young-people/YP-7", person("2026-03-01", "north")).statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("dateOfBirth"));
    }

    @Test
    void complexNeedsWithoutAReasonIs422() {
        put("/young-people/YP-8", FULL.replace("\"complexNeedsReason\": \"Needs a specialist placement\"",
                "\"complexNeedsReason\": null")).statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("complexNeedsReason"));
        get("/young-people/YP-8").statusCode(404);
    }

    @Test
    void disabilityCodesForSomeoneNotDisabledAre422() {
        put("/young-people/YP-9", FULL.replace("\"disabled\": true", "\"disabled\": false")).statusCode(422)
                .body("violations[0].field", equalTo("disabilityCodes"));
    }

    @Test
    void anUnknownDisabilityCodeOrEthnicityIs400NamingTheField() {
        put("/young-people/YP-10", FULL.replace("\"AUT\"", "\"XYZ\"")).statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("disabilityCodes[1]"));
        put("/young-people/YP-10", FULL.replace("\"WBRI\"", "\"BRIT\"")).statusCode(400)
                .body("violations[0].field", equalTo("ethnicity"));
    }

    @Test
    void aBreakdownWithoutAHomeArrangementOrBeforeItIs422() {
        put("/young-people/YP-11", FULL.replace("\"gender\"", "\"arrangementBrokeDownOn\": \"2026-01-01\", \"gender\""))
                .statusCode(422).body("violations.field", hasItem("arrangementBrokeDownOn"));
        put("/young-people/YP-11", FULL.replace("\"gender\"",
                "\"livedWithParentSince\": \"2026-01-01\", \"arrangementBrokeDownOn\": \"2025-12-01\", \"gender\""))
                .statusCode(422).body("violations[0].message", containsString("livedWithParentSince"));
        put("/young-people/YP-11", FULL.replace("\"gender\"", "\"livedWithParentSince\": \"2026-03-02\", \"gender\""))
                .statusCode(422).body("violations[0].field", equalTo("livedWithParentSince"));
    }

    @Test
    void theDateOfBirthCannotMoveAfterARecordedEpisode() {
        inCare("YP-12", "2010-01-10", "north", "2023-09-01");
        put("/young-people/YP-12", person("2024-01-01", "north")).statusCode(422)
                .body("violations[0].field", equalTo("dateOfBirth"));
        get("/young-people/YP-12").body("dateOfBirth", equalTo("2010-01-10"));
    }

    @Test
    void theListFiltersPagesAndSortsByDueDate() {
        // due 2026-01-01 (OVERDUE), 2026-03-01 (DUE_SOON), 2026-04-10 (DUE); one never in care (NOT_DUE, no date)
        inCare("L-DUE", "2010-01-10", "list-a", "2023-09-01");
        inCare("L-OVERDUE", "2009-10-01", "list-a", "2023-09-01");
        inCare("L-SOON", "2009-12-01", "list-a", "2023-09-01");
        put("/young-people/L-NONE", person("2011-01-01", "list-a")).statusCode(201);

        get("/young-people?team=list-a").statusCode(200)
                .body("total", equalTo(4))
                .body("items.caseRef", contains("L-OVERDUE", "L-SOON", "L-DUE", "L-NONE"))
                .body("items.needsAssessmentStatus", contains("OVERDUE", "DUE_SOON", "DUE", "NOT_DUE"))
                .body("items[0].category", equalTo("ELIGIBLE"))
                .body("items[3].category", equalTo("NOT_A_CARE_LEAVER"));
        get("/young-people?team=list-a&size=2&page=1").statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.caseRef", contains("L-DUE", "L-NONE"));
        get("/young-people?team=list-a&needsAssessmentStatus=DUE_SOON").body("items.caseRef", contains("L-SOON"));
        get("/young-people?team=list-a&needsAssessmentStatus=NOT_DUE").body("items.caseRef", contains("L-NONE"));
        get("/young-people?team=list-a&category=ELIGIBLE").body("total", equalTo(3));
        get("/young-people?team=list-a&category=NOT_A_CARE_LEAVER").body("total", equalTo(0));
        get("/young-people?team=list-a&dueBefore=2026-03-01").body("items.caseRef", contains("L-OVERDUE", "L-SOON"));
        get("/young-people?team=list-a&dueAfter=2026-03-01").body("items.caseRef", contains("L-SOON", "L-DUE"));
        get("/young-people?team=list-a&disabled=true").body("total", equalTo(0));
        get("/young-people?team=list-a&uasc=false").body("total", equalTo(4));
        get("/young-people?team=list-a").body("items.caseRef", not(hasItem("YP-1")));
    }

    @Test
    void twoConcurrentCreatesOfTheSameCaseNeverFailWith500() throws Exception {
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return given().header("Authorization", sw()).contentType(ContentType.JSON).body(FULL)
                            .when().put("/young-people/YP-RACE").then().extract().statusCode();
                }));
            }
            go.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            java.util.Collections.sort(statuses);
            org.junit.jupiter.api.Assertions.assertTrue(statuses.equals(java.util.List.of(200, 201))
                    || statuses.equals(java.util.List.of(201, 409)), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        get("/young-people/YP-RACE").statusCode(200);
    }

    @Test
    void everyReadAndChangeIsAuditedForManagers() {
        put("/young-people/YP-AUDIT", FULL).statusCode(201);
        put("/young-people/YP-AUDIT/care-episodes", "{\"episodes\": [{\"start\": \"2024-01-01\", \"legalStatus\": \"C2\"}]}")
                .statusCode(200);
        // an IRO who does not review this young person: out of scope, 404, and audited as such
        given().header("Authorization", org.leavingcare.testsupport.TestTokens.bearer("iro", "iro-4"))
                .when().get("/young-people/YP-AUDIT").then().statusCode(404);
        put("/young-people/YP-AUDIT/care-episodes", "{\"episodes\": [{\"start\": \"2030-01-01\", \"legalStatus\": \"C2\"}]}")
                .statusCode(422);
        String manager = org.leavingcare.testsupport.TestTokens.bearer("manager", "m-9", "north");
        given().header("Authorization", manager).when().get("/audit-events?caseRef=YP-AUDIT")
                .then().statusCode(200)
                .body("items.operation", contains("care-episodes.replace", "young-person.read", "care-episodes.replace",
                        "young-person.upsert"))
                .body("items.outcome", contains("REJECTED", "NOT_FOUND", "SUCCESS", "SUCCESS"))
                .body("items.status", contains(422, 404, 200, 201))
                .body("items.actor", contains("sw-1", "iro-4", "sw-1", "sw-1"))
                .body("items[0].occurredAt", notNullValue()).body("total", equalTo(4));
        get("/audit-events").statusCode(403).contentType(PROBLEM);
        given().header("Authorization", manager).when().get("/audit-events?caseRef=NOBODY-AUDIT").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void badListParametersAre400NamingTheParameter() {
        get("/young-people?size=201").statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("size"));
        get("/young-people?size=0").statusCode(400).body("violations[0].field", equalTo("size"));
        get("/young-people?page=-1").statusCode(400).body("violations[0].field", equalTo("page"));
        get("/young-people?category=ADOPTED").statusCode(400).body("violations[0].field", equalTo("category"));
        get("/young-people?needsAssessmentStatus=LATE").statusCode(400)
                .body("violations[0].field", equalTo("needsAssessmentStatus"));
        get("/young-people?dueBefore=01/03/2026").statusCode(400).body("violations[0].field", equalTo("dueBefore"));
        get("/young-people?disabled=yes").statusCode(400).body("violations[0].field", equalTo("disabled"));
    }
}
