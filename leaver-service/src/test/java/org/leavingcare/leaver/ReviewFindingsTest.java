package org.leavingcare.leaver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.leavingcare.leaver.feed.PathwayFeedPoller;
import org.leavingcare.testsupport.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review findings of issue 6: each one's behaviour through the API (the clock is fixed at 2026-03-01). */
@QuarkusTest
class ReviewFindingsTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    PathwayFeedPoller poller;

    String youngPerson(String team) {
        return Fixtures.youngPerson(poller, Fixtures.caseRef("F"), "2010-05-14", team, false, false, false,
                Fixtures.ELIGIBLE_AT_16);
    }

    static io.restassured.response.ValidatableResponse view(String caseRef) {
        return given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef).then().statusCode(200);
    }

    static io.restassured.response.ValidatableResponse post(String caseRef, String path, String body) {
        return given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON).body(body)
                .when().post("/young-people/" + caseRef + path).then();
    }

    @Test
    void theFormerRelevantDutyEndsAt21AndTheDuePageIsFilteredBeforePaging() {
        String team = Fixtures.caseRef("f21");
        // PA-3: former relevant since 2022-06-01 and never allocated; 21 on 2025-06-01: nothing owed now
        String past21 = Fixtures.youngPerson(poller, Fixtures.caseRef("F"), "2004-06-01", team, false, false, false,
                Fixtures.timeline("ELIGIBLE", "2020-06-01", "2022-06-01", "FORMER_RELEVANT", "2022-06-01", null));
        // complex needs, due 2026-01-01: overdue
        String overdue = Fixtures.youngPerson(poller, Fixtures.caseRef("F"), "2009-10-01", team, false, false, true,
                Fixtures.timeline("ELIGIBLE", "2025-10-01", "2027-10-01", "FORMER_RELEVANT", "2027-10-01", null));
        // the first row by due date is the one whose duty is over: a page of one still holds the overdue one
        given().header("Authorization", Fixtures.managerOf(team)).queryParam("team", team).queryParam("limit", "1")
                .when().get("/allocations/due")
                .then().statusCode(200).body("items.caseRef", contains(overdue)).body("total", equalTo(1));
        given().header("Authorization", Fixtures.managerOf(team)).when().get("/young-people/" + past21)
                .then().statusCode(200)
                .body("allocationStatus", equalTo("NOT_DUE")).body("contactStatus", equalTo("DUTY_ENDED"));
        given().header("Authorization", Fixtures.managerOf(team))
                .when().get("/young-people/" + past21 + "/personal-adviser")
                .then().statusCode(200).body("allocationStatus", equalTo("NOT_DUE"));
    }

    @Test
    void aTransferDoesNotResetLostTouchOrOverdueContact() {
        String pa1 = AllocationResourceTest.adviser("north", 50, true);
        String pa2 = AllocationResourceTest.adviser("north", 50, true);
        // PA-7: the last successful contact counts, not the transfer
        String contacted = youngPerson("north");
        AllocationResourceTest.allocate(contacted, "{\"adviserId\": \"" + pa1 + "\", \"startedOn\": \"2025-10-01\"}")
                .statusCode(201);
        post(contacted, "/contacts", "{\"contactOn\": \"2025-11-01\", \"kind\": \"FACE_TO_FACE\", \"successful\": true, "
                + "\"atAccommodation\": false}").statusCode(201);
        AllocationResourceTest.allocate(contacted, "{\"adviserId\": \"" + pa2 + "\", \"startedOn\": \"2026-02-15\", "
                + "\"reason\": \"adviser left\"}").statusCode(201);
        view(contacted).body("allocatedOn", equalTo("2026-02-15"))
                .body("contactDueBy", equalTo("2025-12-27"))
                .body("lostTouchAfter", equalTo("2026-02-01"))
                .body("contactStatus", equalTo("LOST_TOUCH"));
        // before any contact: the start of the unbroken run of allocations
        String never = youngPerson("north");
        AllocationResourceTest.allocate(never, "{\"adviserId\": \"" + pa1 + "\", \"startedOn\": \"2025-10-01\"}")
                .statusCode(201);
        AllocationResourceTest.allocate(never, "{\"adviserId\": \"" + pa2 + "\", \"startedOn\": \"2026-01-10\", "
                + "\"reason\": \"adviser left\"}").statusCode(201);
        view(never).body("lostTouchAfter", equalTo("2026-01-01")).body("contactStatus", equalTo("LOST_TOUCH"));
    }

    @Test
    void anAdviserWithOpenAllocationsIsNotDeactivated() {
        String pa = AllocationResourceTest.adviser("north", 50, true);
        String caseRef = youngPerson("north");
        AllocationResourceTest.allocate(caseRef, "{\"adviserId\": \"" + pa + "\"}").statusCode(201);
        given().header("Authorization", TestTokens.bearer("integration", "hr-sync")).contentType(ContentType.JSON)
                .body("{\"name\": \"Adviser\", \"team\": \"north\", \"capacity\": 50, \"active\": false}")
                .when().put("/personal-advisers/" + pa)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("1 open allocation")).body("detail", containsString("transfer"));
        post(caseRef, "/personal-adviser/end", "{\"reason\": \"moved away\"}").statusCode(200);
        PersonalAdvisersResourceTest.put(pa, "north", 50, false, "", "");
        given().header("Authorization", Fixtures.manager()).when().get("/personal-advisers/" + pa)
                .then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void recommendationsLeaveOutTheCurrentAdviserAndCreditOnlyEndedOnes() {
        String team = Fixtures.caseRef("frec");
        String caseRef = youngPerson(team);
        String first = AllocationResourceTest.adviser(team, 50, true);
        String second = AllocationResourceTest.adviser(team, 50, true);
        String manager = Fixtures.managerOf(team);
        AllocationResourceTest.allocate(manager, caseRef, "{\"adviserId\": \"" + first + "\"}").statusCode(201);
        given().header("Authorization", manager)
                .when().get("/young-people/" + caseRef + "/personal-adviser/recommendations")
                .then().statusCode(200)
                .body("advisers.adviserId", not(hasItem(first)))
                .body("advisers.adviserId", hasItem(second));
        AllocationResourceTest.allocate(manager, caseRef, "{\"adviserId\": \"" + second + "\", \"reason\": \"team change\"}")
                .statusCode(201);
        given().header("Authorization", manager)
                .when().get("/young-people/" + caseRef + "/personal-adviser/recommendations")
                .then().statusCode(200)
                .body("advisers.adviserId", not(hasItem(second)))
                .body("advisers.find { it.adviserId == '" + first + "' }.reasons[0]", containsString("continuity"));
    }

    @Test
    void anUnacknowledgedExplanationIsNotExplained() {
        String caseRef = youngPerson("north");
        post(caseRef, "/entitlements-explained", "{\"explainedOn\": \"2026-02-26\", \"method\": \"APP\", "
                + "\"acknowledged\": false}").statusCode(201);
        view(caseRef).body("entitlementsExplainedOn", nullValue())
                .body("entitlementsStatus", not(equalTo("EXPLAINED")));
        post(caseRef, "/entitlements-explained", "{\"explainedOn\": \"2026-02-27\", \"method\": \"CONVERSATION\", "
                + "\"acknowledged\": true}").statusCode(201);
        view(caseRef).body("entitlementsExplainedOn", equalTo("2026-02-27"))
                .body("entitlementsStatus", equalTo("EXPLAINED"));
    }

    @Test
    void extremeDatesAreRefusedNamingTheField() {
        String caseRef = youngPerson("north");
        String pa = AllocationResourceTest.adviser("north", 50, true);
        for (String day : List.of("-5000-01-01", "1899-12-31", "2010-05-13")) {
            AllocationResourceTest.allocate(caseRef, "{\"adviserId\": \"" + pa + "\", \"startedOn\": \"" + day + "\"}")
                    .statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("startedOn"));
            post(caseRef, "/contacts", "{\"contactOn\": \"" + day + "\", \"kind\": \"PHONE\", \"successful\": true, "
                    + "\"atAccommodation\": false}")
                    .statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("contactOn"));
            post(caseRef, "/entitlements-explained", "{\"explainedOn\": \"" + day + "\", \"method\": \"APP\", "
                    + "\"acknowledged\": true}")
                    .statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("explainedOn"));
            given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON)
                    .body("{\"inCustody\": false, \"parent\": false, \"councilAccommodationFrom\": \"" + day + "\"}")
                    .when().put("/young-people/" + caseRef + "/circumstances")
                    .then().statusCode(422).contentType(PROBLEM)
                    .body("violations[0].field", equalTo("councilAccommodationFrom"));
        }
        AllocationResourceTest.allocate(caseRef, "{\"adviserId\": \"" + pa + "\", \"startedOn\": \"2026-01-01\"}")
                .statusCode(201);
        post(caseRef, "/personal-adviser/end", "{\"endedOn\": \"-5000-01-01\", \"reason\": \"moved away\"}")
                .statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("endedOn"));
        for (String before : List.of("+9999999-01-01", "10000-01-01", "1899-12-31", "-5000-01-01")) {
            given().header("Authorization", Fixtures.manager()).queryParam("before", before)
                    .when().get("/allocations/due")
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("before"));
        }
        view(caseRef).body("allocatedOn", equalTo("2026-01-01"));
    }

    @Test
    void twoFirstTimePutsOfOneAdviserAtOnceNeverGiveA500() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                String id = Fixtures.caseRef("pa-race");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return given().header("Authorization", TestTokens.bearer("integration", "hr-sync"))
                                .contentType(ContentType.JSON)
                                .body("{\"name\": \"Adviser\", \"team\": \"north\", \"capacity\": 10, \"active\": true}")
                                .when().put("/personal-advisers/" + id).then().extract().statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(60, TimeUnit.SECONDS));
                }
                assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one creates it: " + statuses);
                assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 200 || s == 409), "no 500: " + statuses);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyAManagerOverridesCapacityAndIntegrationReads() {
        String pa = AllocationResourceTest.adviser("north", 1, true);
        // complex needs: weight 3, over a capacity of 1
        String caseRef = Fixtures.youngPerson(poller, Fixtures.caseRef("F"), "2010-05-14", "north", false, false, true,
                Fixtures.ELIGIBLE_AT_16);
        given().header("Authorization", Fixtures.adviser()).contentType(ContentType.JSON)
                .body("{\"adviserId\": \"" + pa + "\", \"override\": true, \"overrideReason\": \"no one else\"}")
                .when().post("/young-people/" + caseRef + "/personal-adviser")
                .then().statusCode(403).contentType(PROBLEM);
        AllocationResourceTest.allocate(caseRef, "{\"adviserId\": \"" + pa + "\", \"override\": true, "
                + "\"overrideReason\": \"no one else\"}").statusCode(201).body("overCapacity", equalTo(true));
        String integration = TestTokens.bearer("integration", "hr-sync");
        given().header("Authorization", integration).when().get("/young-people/" + caseRef)
                .then().statusCode(200).body("adviserId", equalTo(pa));
        given().header("Authorization", integration).when().get("/allocations/due").then().statusCode(200);
    }

    @Test
    void circumstancesHonourIfMatch() {
        String caseRef = youngPerson("north");
        String etag = view(caseRef).header("ETag", notNullValue()).extract().header("ETag");
        String body = "{\"inCustody\": false, \"parent\": true, \"languages\": [\"en\"]}";
        String next = given().header("Authorization", Fixtures.manager()).header("If-Match", etag)
                .contentType(ContentType.JSON).body(body)
                .when().put("/young-people/" + caseRef + "/circumstances")
                .then().statusCode(200).body("parent", equalTo(true)).extract().header("ETag");
        assertTrue(next != null && !next.equals(etag), "a new version: " + next);
        given().header("Authorization", Fixtures.manager()).header("If-Match", etag)
                .contentType(ContentType.JSON).body("{\"inCustody\": true, \"parent\": false}")
                .when().put("/young-people/" + caseRef + "/circumstances")
                .then().statusCode(412).contentType(PROBLEM);
        view(caseRef).body("inCustody", equalTo(false)).body("parent", equalTo(true)).header("ETag", equalTo(next));
    }
}
