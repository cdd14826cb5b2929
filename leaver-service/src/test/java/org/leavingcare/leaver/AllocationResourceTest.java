package org.leavingcare.leaver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.leavingcare.leaver.feed.PathwayFeedPoller;
import org.leavingcare.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Allocation, transfer, ending, caseloads, the due list and recommendations (PA-1, PA-2, PA-3, PA-9). */
@QuarkusTest
class AllocationResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    PathwayFeedPoller poller;

    String youngPerson(String team, boolean complexNeeds) {
        return Fixtures.youngPerson(poller, Fixtures.caseRef("A"), "2010-05-14", team, false, false, complexNeeds,
                Fixtures.ELIGIBLE_AT_16);
    }

    String youngPerson(String team) {
        return youngPerson(team, false);
    }

    static String adviser(String team, int capacity, boolean active) {
        String id = Fixtures.caseRef("pa");
        PersonalAdvisersResourceTest.put(id, team, capacity, active, "\"en\"", "");
        return id;
    }

    static io.restassured.response.ValidatableResponse allocate(String caseRef, String body) {
        return allocate(Fixtures.manager(), caseRef, body);
    }

    static io.restassured.response.ValidatableResponse allocate(String token, String caseRef, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/young-people/" + caseRef + "/personal-adviser").then();
    }

    @Test
    void anAdviserIsAllocatedAndTheHistoryShowsIt() {
        String caseRef = youngPerson("north", false);
        String pa = adviser("north", 20, true);
        allocate(caseRef, "{\"adviserId\": \"" + pa + "\", \"startedOn\": \"2026-02-20\"}")
                .statusCode(201).header("Location", endsWith("/young-people/" + caseRef + "/personal-adviser"))
                .body("adviserId", equalTo(pa)).body("startedOn", equalTo("2026-02-20"))
                .body("allocatedBy", equalTo("m-1")).body("overCapacity", equalTo(false));
        // the young person's reviewing officer (iro-2 in the snapshot)
        given().header("Authorization", TestTokens.bearer("iro", "iro-2"))
                .when().get("/young-people/" + caseRef + "/personal-adviser")
                .then().statusCode(200)
                .body("allocationStatus", equalTo("ALLOCATED"))
                .body("allocationDueOn", equalTo("2027-11-14"))
                .body("current.adviserId", equalTo(pa))
                .body("history", hasSize(1));
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef)
                .then().statusCode(200).body("adviserId", equalTo(pa)).body("allocatedOn", equalTo("2026-02-20"))
                .body("allocationStatus", equalTo("ALLOCATED"))
                // PA-8: 8 weeks after the allocation, before any contact
                .body("contactDueBy", equalTo("2026-04-17")).body("contactStatus", equalTo("ON_TRACK"));
        allocate(caseRef, "{\"adviserId\": \"" + pa + "\"}")
                .statusCode(409).contentType(PROBLEM).body("detail", containsString("already allocated"));
    }

    @Test
    void aTransferEndsThePreviousAllocationWithItsReason() {
        String caseRef = youngPerson("north", false);
        String first = adviser("north", 20, true);
        String second = adviser("north", 20, true);
        allocate(caseRef, "{\"adviserId\": \"" + first + "\", \"startedOn\": \"2026-01-05\"}").statusCode(201);
        allocate(caseRef, "{\"adviserId\": \"" + second + "\"}")
                .statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("reason"));
        allocate(caseRef, "{\"adviserId\": \"" + second + "\", \"startedOn\": \"2026-01-01\", \"reason\": \"moved\"}")
                .statusCode(422).body("violations[0].field", equalTo("startedOn"));
        allocate(caseRef, "{\"adviserId\": \"" + second + "\", \"reason\": \"adviser moved team\"}")
                .statusCode(201).body("startedOn", equalTo("2026-03-01"));
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef + "/personal-adviser")
                .then().statusCode(200)
                .body("current.adviserId", equalTo(second))
                .body("history", hasSize(2))
                .body("history[1].adviserId", equalTo(first))
                .body("history[1].endedOn", equalTo("2026-03-01"))
                .body("history[1].endReason", equalTo("adviser moved team"))
                .body("history[1].endedBy", equalTo("m-1"));
        given().header("Authorization", Fixtures.service()).queryParam("limit", 500)
                .when().get("/events")
                .then().statusCode(200)
                .body("events.findAll { it.caseRef == '" + caseRef + "' }.type",
                        contains("allocation-due.changed", "allocation.started", "allocation.ended", "allocation.started"))
                .body("events.findAll { it.caseRef == '" + caseRef + "' }[2].data.leaver.adviserId", nullValue())
                .body("events.findAll { it.caseRef == '" + caseRef + "' }[3].data.leaver.adviserId", equalTo(second));
    }

    @Test
    void anAllocationEndsWithADateAndReason() {
        String caseRef = youngPerson("north", false);
        String pa = adviser("north", 20, true);
        allocate(caseRef, "{\"adviserId\": \"" + pa + "\", \"startedOn\": \"2026-01-05\"}").statusCode(201);
        // the young person's own adviser ends it
        given().header("Authorization", Fixtures.adviser(pa)).contentType(ContentType.JSON)
                .body("{\"endedOn\": \"2026-01-01\", \"reason\": \"declined support\"}")
                .when().post("/young-people/" + caseRef + "/personal-adviser/end")
                .then().statusCode(422).body("violations[0].field", equalTo("endedOn"));
        given().header("Authorization", Fixtures.adviser(pa)).contentType(ContentType.JSON)
                .body("{\"endedOn\": \"2026-02-27\", \"reason\": \"declined support\"}")
                .when().post("/young-people/" + caseRef + "/personal-adviser/end")
                .then().statusCode(200).body("endedOn", equalTo("2026-02-27")).body("endedBy", equalTo(pa));
        // no longer theirs: the same 404 as a young person the service does not know
        given().header("Authorization", Fixtures.adviser(pa)).contentType(ContentType.JSON)
                .body("{\"reason\": \"again\"}")
                .when().post("/young-people/" + caseRef + "/personal-adviser/end")
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON)
                .body("{\"reason\": \"again\"}")
                .when().post("/young-people/" + caseRef + "/personal-adviser/end")
                .then().statusCode(409).contentType(PROBLEM);
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef + "/personal-adviser")
                .then().statusCode(200).body("current", nullValue()).body("allocationStatus", equalTo("NOT_DUE"));
    }

    @Test
    void anInactiveAdviserIsAConflictAndAnUnknownOneIsUnprocessable() {
        String caseRef = youngPerson("north", false);
        String inactive = adviser("north", 20, false);
        allocate(caseRef, "{\"adviserId\": \"" + inactive + "\"}")
                .statusCode(409).contentType(PROBLEM).body("detail", containsString("inactive"));
        allocate(caseRef, "{\"adviserId\": \"pa-nobody\"}")
                .statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("adviserId"));
        allocate("NOT-KNOWN", "{\"adviserId\": \"" + inactive + "\"}")
                .statusCode(404).contentType(PROBLEM);
        allocate(caseRef, "{\"adviserId\": \"" + inactive + "\", \"startedOn\": \"2026-03-02\"}")
                .statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("startedOn"));
        allocate(caseRef, "{}")
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("adviserId"));
    }

    @Test
    void overCapacityNeedsAnOverrideWithAReasonWhichIsRecorded() {
        // weight 3: base 1 + complex needs 2
        String caseRef = youngPerson("north", true);
        String small = adviser("north", 2, true);
        allocate(caseRef, "{\"adviserId\": \"" + small + "\"}")
                .statusCode(409).contentType(PROBLEM).body("detail", containsString("3 of 2 weighted points"));
        allocate(caseRef, "{\"adviserId\": \"" + small + "\", \"override\": true}")
                .statusCode(422).body("violations[0].field", equalTo("overrideReason"));
        allocate(caseRef, "{\"adviserId\": \"" + small + "\", \"override\": true, \"overrideReason\": \"only Arabic speaker\"}")
                .statusCode(201).body("overCapacity", equalTo(true)).body("overrideReason", equalTo("only Arabic speaker"));
        given().header("Authorization", Fixtures.manager())
                .when().get("/personal-advisers/" + small + "/caseload")
                .then().statusCode(200)
                .body("capacity", equalTo(2)).body("weightedTotal", equalTo(3)).body("remainingCapacity", equalTo(-1))
                .body("youngPeople[0].caseRef", equalTo(caseRef)).body("youngPeople[0].weight", equalTo(3));
    }

    @Test
    void theDueListIsMostUrgentFirstAndLeavesOutTheAllocated() {
        String team = Fixtures.caseRef("due");
        // complex needs, 16y3m on 2026-01-01: overdue
        String overdue = Fixtures.youngPerson(poller, Fixtures.caseRef("D"), "2009-10-01", team, false, false, true,
                Fixtures.timeline("ELIGIBLE", "2025-10-01", "2027-10-01", "FORMER_RELEVANT", "2027-10-01", null));
        // 17y6m on 2026-03-10: due soon
        String soon = Fixtures.youngPerson(poller, Fixtures.caseRef("D"), "2008-09-10", team, false, false, false,
                Fixtures.timeline("ELIGIBLE", "2024-09-10", "2026-09-10", "FORMER_RELEVANT", "2026-09-10", null));
        // PA-2: relevant since 2026-03-01, today: due
        String today = Fixtures.youngPerson(poller, Fixtures.caseRef("D"), "2009-06-01", team, false, false, false,
                Fixtures.timeline("ELIGIBLE", "2025-06-01", "2026-03-01", "RELEVANT", "2026-03-01", "2027-06-01"));
        // due 2025-12-01 as an eligible child, but returned home for good on 2026-02-01 (CAT-4): nothing owed now
        Fixtures.youngPerson(poller, Fixtures.caseRef("D"), "2008-06-01", team, false, false, false,
                Fixtures.timeline("ELIGIBLE", "2024-06-01", "2026-02-01", "NOT_A_CARE_LEAVER", "2026-02-01", null));
        // 17y6m on 2027-11-14: not due
        String later = Fixtures.youngPerson(poller, Fixtures.caseRef("D"), "2010-05-14", team, false, false, false,
                Fixtures.ELIGIBLE_AT_16);
        given().header("Authorization", Fixtures.managerOf(team)).queryParam("team", team)
                .when().get("/allocations/due")
                .then().statusCode(200)
                .body("items.caseRef", contains(overdue, today, soon))
                .body("items.allocationStatus", contains("OVERDUE", "DUE", "DUE_SOON"))
                .body("items.allocationDueOn", contains("2026-01-01", "2026-03-01", "2026-03-10"))
                .body("items.category", contains("ELIGIBLE", "RELEVANT", "ELIGIBLE"))
                .body("items.weight", contains(3, 1, 1))
                .body("total", equalTo(3));
        given().header("Authorization", Fixtures.managerOf(team)).queryParam("team", team).queryParam("before", "2028-01-01")
                .when().get("/allocations/due")
                .then().statusCode(200).body("items.caseRef", hasItem(later)).body("total", equalTo(4));
        allocate(Fixtures.managerOf(team), overdue, "{\"adviserId\": \"" + adviser(team, 20, true) + "\"}").statusCode(201);
        given().header("Authorization", TestTokens.bearer("social-worker", "sw-9", team)).queryParam("team", team)
                .when().get("/allocations/due")
                .then().statusCode(200).body("items.caseRef", contains(today, soon)).body("total", equalTo(2));
        given().header("Authorization", Fixtures.manager()).queryParam("before", "01/03/2026")
                .when().get("/allocations/due")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("before"));
    }

    @Test
    void recommendationsRankAdvisersWithTheirReasons() {
        String team = Fixtures.caseRef("rec");
        String caseRef = Fixtures.youngPerson(poller, Fixtures.caseRef("R"), "2010-05-14", team, true, false, false,
                Fixtures.ELIGIBLE_AT_16);
        String specialist = Fixtures.caseRef("pa-spec");
        PersonalAdvisersResourceTest.put(specialist, "elsewhere", 50, true, "", "\"disability\"");
        String teamMate = Fixtures.caseRef("pa-team");
        PersonalAdvisersResourceTest.put(teamMate, team, 50, true, "", "");
        String inactive = Fixtures.caseRef("pa-off");
        PersonalAdvisersResourceTest.put(inactive, team, 50, false, "", "\"disability\"");
        given().header("Authorization", Fixtures.managerOf(team))
                .when().get("/young-people/" + caseRef + "/personal-adviser/recommendations")
                .then().statusCode(200)
                .body("weight", equalTo(2))
                .body("neededSpecialisms", contains("disability"))
                .body("advisers.adviserId", not(hasItem(inactive)))
                .body("advisers.find { it.adviserId == '" + specialist + "' }.reasons[0]",
                        startsWith("specialism disability matches"))
                .body("advisers.find { it.adviserId == '" + teamMate + "' }.reasons[0]", equalTo("same team " + team + " (+15)"))
                .body("advisers.find { it.adviserId == '" + specialist + "' }.withinCapacity", equalTo(true));
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/NOT-KNOWN/personal-adviser/recommendations")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void concurrentAllocationsNeverTakeAnAdviserOverCapacity() throws Exception {
        String pa = adviser("north", 3, true);
        java.util.List<String> people = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(youngPerson("north", false));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String caseRef : people) {
                answers.add(pool.submit(() -> allocate(caseRef, "{\"adviserId\": \"" + pa + "\"}")
                        .extract().statusCode()));
            }
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            java.util.Collections.sort(statuses);
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(201, 201, 201, 409, 409, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        given().header("Authorization", Fixtures.manager())
                .when().get("/personal-advisers/" + pa + "/caseload")
                .then().statusCode(200).body("weightedTotal", equalTo(3)).body("remainingCapacity", equalTo(0));
    }

    @Test
    void socialWorkersAndIrosReadButDoNotAllocate() {
        String caseRef = youngPerson("north", false);
        given().header("Authorization", TestTokens.bearer("social-worker", "sw-1")).contentType(ContentType.JSON)
                .body("{\"adviserId\": \"pa-x\"}")
                .when().post("/young-people/" + caseRef + "/personal-adviser")
                .then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("social-worker", "sw-1"))
                .when().get("/allocations/due")
                .then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("service", "notification-service"))
                .when().get("/allocations/due")
                .then().statusCode(403);
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
}
