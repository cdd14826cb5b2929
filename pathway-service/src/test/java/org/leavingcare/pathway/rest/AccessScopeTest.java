package org.leavingcare.pathway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavingcare.pathway.FakeLeaver;
import org.leavingcare.pathway.feed.LeaverFeedPoller;
import org.leavingcare.testsupport.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leavingcare.pathway.Fixtures.PROBLEM;
import static org.leavingcare.pathway.Fixtures.cms;

/**
 * docs/access-and-audit.md, "Scope", through the API: each role's list (items and total), filters naming another
 * team, single reads and writes of every sub-resource out of scope (404, as if missing), writes that would leave
 * the writer's scope (422 naming team), and a personal adviser's scope following leaver-service's feed.
 */
@QuarkusTest
class AccessScopeTest {

    static final String NORTH_MANAGER = TestTokens.bearer("manager", "m-n", "scope-n");
    static final String SOUTH_MANAGER = TestTokens.bearer("manager", "m-s", "scope-s");
    static final String HEAD_OF_SERVICE = TestTokens.bearer("manager", "m-all", "*");
    static final String WORKER_A = TestTokens.bearer("social-worker", "sw-a", "scope-n");
    static final String WORKER_B = TestTokens.bearer("social-worker", "sw-b", "scope-elsewhere");
    static final String IRO_A = TestTokens.bearer("iro", "iro-a");
    static final String ADVISER = TestTokens.bearer("personal-adviser", "pa-scope");

    private static boolean created;
    private static int planA;

    @Inject
    LeaverFeedPoller leaverFeed;

    /** AS-A (scope-n, sw-a, iro-a, with a plan), AS-B (scope-s, sw-b, iro-b), AS-C (scope-n, nobody). */
    @BeforeEach
    void youngPeople() {
        if (created) {
            return;
        }
        PathwayPlansResourceTest.assessed("AS-A", "2026-02-20");
        planA = PathwayPlansResourceTest.plan("AS-A", PathwayPlansResourceTest.FULL);
        PathwayPlansResourceTest.assessed("AS-B", "2026-02-20");
        PathwayPlansResourceTest.plan("AS-B", PathwayPlansResourceTest.FULL);
        asCms("AS-A", "scope-n", "sw-a", "iro-a");
        asCms("AS-B", "scope-s", "sw-b", "iro-b");
        asCms("AS-C", "scope-n", null, null);
        created = true;
    }

    static void asCms(String caseRef, String team, String socialWorker, String iro) {
        given().header("Authorization", cms()).contentType(ContentType.JSON).body("""
                        {"givenName": "Scopelind", "familyName": "Perrowne", "dateOfBirth": "2010-01-10", "team": "%s",
                         "socialWorker": %s, "reviewingOfficer": %s}""".formatted(team, quoted(socialWorker), quoted(iro)))
                .when().put("/young-people/" + caseRef).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    static ValidatableResponse as(String token, String path) {
        return given().header("Authorization", token).when().get(path).then();
    }

    /** Which of AS-A, AS-B and AS-C a caller's list shows (other records are made by other tests). */
    static List<String> listed(String token, String query) {
        List<String> refs = as(token, "/young-people?size=200" + query).statusCode(200).extract().path("items.caseRef");
        return refs.stream().filter(ref -> ref.matches("AS-[ABC]")).sorted().toList();
    }

    @Test
    void eachRoleListsOnlyItsYoungPeopleAndCountsOnlyThem() {
        assertEquals(List.of("AS-A", "AS-C"), listed(NORTH_MANAGER, ""));
        as(NORTH_MANAGER, "/young-people").body("total", equalTo(2));
        as(SOUTH_MANAGER, "/young-people").body("total", equalTo(1)).body("items.caseRef", contains("AS-B"));
        assertEquals(List.of("AS-A", "AS-B", "AS-C"), listed(HEAD_OF_SERVICE, ""));
        assertEquals(List.of("AS-A", "AS-B", "AS-C"), listed(cms(), ""));
        // a social worker: their team's young people and their own caseload in any team
        assertEquals(List.of("AS-A", "AS-C"), listed(WORKER_A, ""));
        as(WORKER_B, "/young-people").body("total", equalTo(1)).body("items.caseRef", contains("AS-B"));
        as(IRO_A, "/young-people").body("total", equalTo(1)).body("items.caseRef", contains("AS-A"));
        as(TestTokens.bearer("iro", "iro-nobody", "scope-n"), "/young-people").body("total", equalTo(0))
                .body("items", empty());
        as(ADVISER, "/young-people").body("total", equalTo(0));
        as(TestTokens.bearer("manager", "m-none"), "/young-people").body("total", equalTo(0));
    }

    @Test
    void aFilterNamingAnotherTeamIsAnEmptyPageNotAnError() {
        as(NORTH_MANAGER, "/young-people?team=scope-s").body("total", equalTo(0)).body("items", empty());
        as(NORTH_MANAGER, "/young-people?team=scope-n").body("total", equalTo(2));
        as(IRO_A, "/young-people?team=scope-s").body("total", equalTo(0));
        as(HEAD_OF_SERVICE, "/young-people?team=scope-s").body("total", equalTo(1));
        as(NORTH_MANAGER, "/pathway-plans?team=scope-s").body("total", equalTo(0)).body("items", empty());
        as(SOUTH_MANAGER, "/pathway-plans?team=scope-s").body("total", equalTo(1)).body("items.caseRef", contains("AS-B"));
    }

    @Test
    void theManagersPlanListIsScoped() {
        as(NORTH_MANAGER, "/pathway-plans").body("total", equalTo(1)).body("items.caseRef", contains("AS-A"));
        as(SOUTH_MANAGER, "/pathway-plans").body("total", equalTo(1)).body("items.caseRef", contains("AS-B"));
        as(IRO_A, "/pathway-plans").body("total", equalTo(1)).body("items.caseRef", contains("AS-A"));
        as(ADVISER, "/pathway-plans").body("total", equalTo(0));
        List<String> all = as(HEAD_OF_SERVICE, "/pathway-plans?size=200").statusCode(200).extract().path("items.caseRef");
        assertTrue(all.containsAll(List.of("AS-A", "AS-B")), all.toString());
    }

    @Test
    void everySingleReadOutOfScopeIs404LikeAMissingRecord() {
        String missing = as(SOUTH_MANAGER, "/young-people/AS-NOBODY").statusCode(404).contentType(PROBLEM)
                .extract().path("detail");
        String hidden = as(SOUTH_MANAGER, "/young-people/AS-A").statusCode(404).contentType(PROBLEM)
                .body("title", equalTo("Not Found")).extract().path("detail");
        assertEquals(missing.replace("AS-NOBODY", "AS-A"), hidden);
        int assessment = as(cms(), "/young-people/AS-A/needs-assessments").statusCode(200).extract().path("[0].id");
        for (String path : List.of("", "/needs-assessments", "/needs-assessments/" + assessment, "/changes-of-circumstance",
                "/pathway-plans", "/pathway-plans/" + planA, "/pathway-plans/" + planA + "/versions",
                "/pathway-plans/" + planA + "/versions/1")) {
            as(SOUTH_MANAGER, "/young-people/AS-A" + path).statusCode(404).contentType(PROBLEM);
            as(IRO_A, "/young-people/AS-B" + path).statusCode(404);
            as(ADVISER, "/young-people/AS-A" + path).statusCode(404);
            if (path.endsWith("/versions/1")) {
                continue; // the plan has no agreed version: 404 for everyone
            }
            as(NORTH_MANAGER, "/young-people/AS-A" + path).statusCode(200);
            as(IRO_A, "/young-people/AS-A" + path).statusCode(200);
            as(TestTokens.bearer("service", "leaver-service"), "/young-people/AS-A" + path).statusCode(200);
        }
    }

    @Test
    void everyWriteOutOfScopeIs404AndChangesNothing() {
        String version = as(cms(), "/young-people/AS-B").extract().header("ETag");
        String plan = "/young-people/AS-B/pathway-plans/" + planOf("AS-B");
        List<String[]> writes = List.of(
                new String[]{"PUT", "/young-people/AS-B", "{\"givenName\": \"X\", \"familyName\": \"Y\", \"dateOfBirth\": \"2010-01-10\", \"team\": \"scope-n\"}"},
                new String[]{"PUT", "/young-people/AS-B/care-episodes", "{\"episodes\": []}"},
                new String[]{"PUT", "/young-people/AS-B/immigration", TransitionFactsResourceTest.IMMIGRATION},
                new String[]{"PUT", "/young-people/AS-B/adult-transition", "{}"},
                new String[]{"POST", "/young-people/AS-B/needs-assessments", "{\"startedOn\": \"2026-02-01\"}"},
                new String[]{"POST", "/young-people/AS-B/changes-of-circumstance", "{\"kind\": \"OTHER\", \"occurredOn\": \"2026-01-01\"}"},
                new String[]{"POST", "/young-people/AS-B/pathway-plans", PathwayPlansResourceTest.FULL},
                new String[]{"PUT", plan, PathwayPlansResourceTest.FULL},
                new String[]{"POST", plan + "/review-requests", "{\"requestedBy\": \"YOUNG_PERSON\"}"},
                new String[]{"POST", plan + "/disputes", "{\"kind\": \"COMPLAINT\", \"stage\": 1, \"raisedOn\": \"2026-03-01\"}"});
        for (String[] write : writes) {
            given().header("Authorization", NORTH_MANAGER).contentType(ContentType.JSON).body(write[2])
                    .when().request(write[0], write[1]).then().statusCode(404).contentType(PROBLEM);
        }
        given().header("Authorization", TestTokens.bearer("iro", "iro-a")).contentType(ContentType.JSON)
                .body("{\"decision\": \"AGREED\"}").when().post(plan + "/iro-agreement").then().statusCode(404);
        as(cms(), "/young-people/AS-B").header("ETag", equalTo(version)).body("team", equalTo("scope-s"));
    }

    static int planOf(String caseRef) {
        return as(cms(), "/young-people/" + caseRef + "/pathway-plans").statusCode(200).extract().path("[0].id");
    }

    @Test
    void aUsersWriteMustLeaveTheYoungPersonInTheirScope() {
        String away = """
                {"givenName": "Scopelind", "familyName": "Perrowne", "dateOfBirth": "2010-01-10", "team": "scope-away",
                 "socialWorker": "sw-other"}""";
        given().header("Authorization", WORKER_A).contentType(ContentType.JSON).body(away)
                .when().put("/young-people/AS-NEW").then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("team"));
        as(cms(), "/young-people/AS-NEW").statusCode(404);
        given().header("Authorization", NORTH_MANAGER).contentType(ContentType.JSON).body(away)
                .when().put("/young-people/AS-C").then().statusCode(422).body("violations[0].field", equalTo("team"));
        as(cms(), "/young-people/AS-C").body("team", equalTo("scope-n"));
        // within scope: their own team, or themselves as social worker in another team
        given().header("Authorization", WORKER_A).contentType(ContentType.JSON)
                .body(away.replace("sw-other", "sw-a")).when().put("/young-people/AS-OWN").then().statusCode(201);
        given().header("Authorization", cms()).contentType(ContentType.JSON).body(away)
                .when().put("/young-people/AS-CMS").then().statusCode(201);
    }

    @Test
    void whileLeaverServiceIsDownAdvisersKeepTheirScopeAndOneWarningWithoutPersonalDataIsLogged() throws Exception {
        asCms("AS-D", "scope-d", null, null);
        FakeLeaver.publish("allocation.started", "AS-D", "pa-down");
        assertTrue(leaverFeed.catchUp());
        String adviser = TestTokens.bearer("personal-adviser", "pa-down");
        java.nio.file.Path log = java.nio.file.Path.of("target/test-logs/pathway-service.log");
        long warningsBefore = warnings(log);
        FakeLeaver.down = true;
        try {
            for (int i = 0; i < 3; i++) {
                org.junit.jupiter.api.Assertions.assertFalse(leaverFeed.catchUp());
            }
            as(adviser, "/young-people").statusCode(200).body("items.caseRef", contains("AS-D"));
            as(adviser, "/young-people/AS-D").statusCode(200);
        } finally {
            FakeLeaver.down = false;
        }
        assertTrue(leaverFeed.catchUp());
        List<String> logged = java.nio.file.Files.readAllLines(log).stream()
                .filter(line -> line.contains("LeaverFeedPoller") && line.contains("WARN")).toList();
        assertEquals(1, logged.size() - warningsBefore, logged.toString());
        String warning = logged.get(logged.size() - 1);
        assertTrue(warning.contains("leaver-service feed unavailable") && !warning.contains("AS-") && !warning.contains("pa-"),
                warning);
        FakeLeaver.publish("allocation.ended", "AS-D", null);
        assertTrue(leaverFeed.catchUp());
        as(adviser, "/young-people/AS-D").statusCode(404);
    }

    static long warnings(java.nio.file.Path log) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(log).stream()
                .filter(line -> line.contains("LeaverFeedPoller") && line.contains("WARN")).count();
    }

    @Test
    void aPersonalAdviserSeesTheYoungPeopleLeaverServiceAllocatesToThem() {
        as(ADVISER, "/young-people/AS-C").statusCode(404);
        FakeLeaver.publish("allocation.started", "AS-C", "pa-scope");
        FakeLeaver.publish("contact.recorded", "AS-B", null);
        assertTrue(leaverFeed.catchUp());
        as(ADVISER, "/young-people/AS-C").statusCode(200);
        as(ADVISER, "/young-people").body("total", equalTo(1)).body("items.caseRef", contains("AS-C"));
        as(ADVISER, "/young-people/AS-C/needs-assessments").statusCode(200);
        as(ADVISER, "/young-people/AS-B").statusCode(404);
        // a transfer to another adviser, then the allocation ended: the adviser loses the young person
        FakeLeaver.publish("allocation.started", "AS-C", "pa-other");
        assertTrue(leaverFeed.catchUp());
        as(ADVISER, "/young-people/AS-C").statusCode(404);
        FakeLeaver.publish("allocation.started", "AS-C", "pa-scope");
        FakeLeaver.publish("some-future-type", "AS-C", "pa-scope");
        assertTrue(leaverFeed.catchUp());
        as(ADVISER, "/young-people").body("items.caseRef", containsInAnyOrder("AS-C"));
        FakeLeaver.publish("allocation.ended", "AS-C", null);
        assertTrue(leaverFeed.catchUp());
        as(ADVISER, "/young-people/AS-C").statusCode(404);
        as(ADVISER, "/young-people").body("total", equalTo(0));
        assertTrue(FakeLeaver.CORRELATION_IDS.stream().allMatch(id -> id.matches("[A-Za-z0-9._:-]{1,64}")));
    }
}
