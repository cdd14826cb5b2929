package org.leavingcare.leaver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavingcare.leaver.feed.PathwayFeedPoller;
import org.leavingcare.testsupport.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may see which young person (docs/access-and-audit.md), through the API: every list, total and
 * filter counts in-scope young people only; an out-of-scope single read or write is the 404 of a young
 * person the service does not know.
 */
@QuarkusTest
class AccessScopeTest {

    static final String PROBLEM = "application/problem+json";
    static final String OVERDUE = Fixtures.timeline("ELIGIBLE", "2025-10-01", "2027-10-01", "FORMER_RELEVANT", "2027-10-01", null);

    @Inject
    PathwayFeedPoller poller;

    String teamT;
    String teamU;
    String socialWorker;
    String iroT;
    String iroU;
    String adviserX;
    /** Team T, the social worker's and iroT's, no adviser: due. */
    String t1;
    /** Team T, allocated to adviserX. */
    String t2;
    /** Team U, the same social worker, iroU, no adviser: due. */
    String u1;
    /** Team U, allocated to adviserX. */
    String u2;

    String youngPerson(String team, String socialWorker, String reviewingOfficer) {
        String caseRef = Fixtures.caseRef("AS");
        // complex needs, due 2026-01-01: overdue on 2026-03-01
        FakePathway.publish("young-person.upserted", caseRef, Fixtures.snapshot(caseRef, "2009-10-01", team,
                socialWorker, reviewingOfficer, false, false, true, OVERDUE));
        return caseRef;
    }

    @BeforeEach
    void twoTeams() {
        teamT = Fixtures.caseRef("tT");
        teamU = Fixtures.caseRef("tU");
        socialWorker = Fixtures.caseRef("sw");
        iroT = Fixtures.caseRef("iroT");
        iroU = Fixtures.caseRef("iroU");
        t1 = youngPerson(teamT, socialWorker, iroT);
        t2 = youngPerson(teamT, Fixtures.caseRef("sw"), Fixtures.caseRef("iro"));
        u1 = youngPerson(teamU, socialWorker, iroU);
        u2 = youngPerson(teamU, null, null);
        org.junit.jupiter.api.Assertions.assertTrue(poller.catchUp());
        adviserX = AllocationResourceTest.adviser(teamT, 50, true);
        String head = TestTokens.bearer("manager", "head", "*");
        AllocationResourceTest.allocate(head, t2, "{\"adviserId\": \"" + adviserX + "\"}").statusCode(201);
        AllocationResourceTest.allocate(head, u2, "{\"adviserId\": \"" + adviserX + "\"}").statusCode(201);
    }

    static String token(String role, String subject, String... teams) {
        return TestTokens.bearer(role, subject, teams);
    }

    static Response due(String token, String team) {
        var request = given().header("Authorization", token);
        if (team != null) {
            request.queryParam("team", team);
        }
        return request.when().get("/allocations/due");
    }

    void dueIs(String token, String team, String... expected) {
        due(token, team).then().statusCode(200)
                .body("items.caseRef", expected.length == 0 ? empty() : contains(expected))
                .body("total", equalTo(expected.length));
    }

    @Test
    void theDueListAndItsTotalHoldOnlyTheCallersYoungPeopleWhateverTheFilter() {
        // a manager: their team; a filter naming another team is an empty page, not an error
        dueIs(token("manager", "m-t", teamT), null, t1);
        dueIs(token("manager", "m-t", teamT), teamT, t1);
        dueIs(token("manager", "m-t", teamT), teamU);
        dueIs(token("manager", "m-tu", teamT, teamU), null, sorted(t1, u1));
        // a social worker: their own young people in any team, and their team's
        dueIs(token("social-worker", socialWorker), null, sorted(t1, u1));
        dueIs(token("social-worker", socialWorker), teamU, u1);
        dueIs(token("social-worker", "sw-other", teamU), null, u1);
        // an IRO: the plans they review
        dueIs(token("iro", iroT), null, t1);
        dueIs(token("iro", iroT, teamU), teamU);
        // a personal adviser: their current young people, none of whom is waiting for an adviser
        dueIs(token("personal-adviser", adviserX, teamT, teamU), null);
        // everyone: the case-management system and a manager of the whole service
        dueIs(token("integration", "cms"), teamT, t1);
        dueIs(token("manager", "head", "*"), teamU, u1);
        // a manager with no team sees no one
        dueIs(token("manager", "m-none"), null);
    }

    static String[] sorted(String... caseRefs) {
        return java.util.Arrays.stream(caseRefs).sorted().toArray(String[]::new);
    }

    static final List<String> READS = List.of("", "/personal-adviser", "/personal-adviser/recommendations", "/contacts",
            "/entitlements-explained");

    @Test
    void eachRoleReadsItsYoungPeopleAndGetsTheUnknownYoungPersonsAnswerForOthers() {
        // integration reads the leaving-care position only (the other reads are not for its role: 403)
        String cms = token("integration", "cms");
        Map<String, List<String>> inScope = Map.of(
                token("manager", "m-t", teamT), List.of(t1, t2),
                token("social-worker", socialWorker), List.of(t1, u1),
                token("social-worker", "sw-other", teamU), List.of(u1, u2),
                token("iro", iroT), List.of(t1),
                token("personal-adviser", adviserX), List.of(t2, u2),
                cms, List.of(t1, t2, u1, u2),
                token("manager", "head", "*"), List.of(t1, t2, u1, u2));
        for (Map.Entry<String, List<String>> caller : inScope.entrySet()) {
            for (String caseRef : List.of(t1, t2, u1, u2)) {
                for (String path : READS) {
                    if (path.isEmpty() || !caller.getKey().equals(cms)) {
                        readIs(caller.getKey(), caseRef, path, caller.getValue().contains(caseRef));
                    }
                }
            }
        }
    }

    void readIs(String token, String caseRef, String path, boolean visible) {
        Response response = given().header("Authorization", token).when().get("/young-people/" + caseRef + path);
        if (visible) {
            assertEquals(200, response.statusCode(), caseRef + path);
        } else {
            assertSameAsUnknown(response, token, caseRef, path, "GET", null);
        }
    }

    /** The 404 is the one a young person the service does not know gets: same status, type, title and detail. */
    static void assertSameAsUnknown(Response response, String token, String caseRef, String path, String method, String body) {
        String unknown = "NO-SUCH-" + caseRef.length();
        var request = given().header("Authorization", token);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        Response missing = request.when().request(method, "/young-people/" + unknown + path);
        assertEquals(404, response.statusCode(), method + " " + caseRef + path);
        assertEquals(PROBLEM, response.contentType());
        assertEquals(missing.contentType(), response.contentType());
        Map<String, Object> got = response.jsonPath().getMap("");
        Map<String, Object> expected = missing.jsonPath().getMap("");
        expected.put("detail", ((String) expected.get("detail")).replace(unknown, caseRef));
        assertEquals(expected, got, method + " " + caseRef + path);
    }

    @Test
    void writesOutOfScopeAreTheUnknownYoungPersonsAnswerAndWriteNothing() {
        String managerU = token("manager", "m-u", teamU);
        String contact = "{\"contactOn\": \"2026-02-01\", \"kind\": \"PHONE\", \"successful\": true, \"atAccommodation\": false}";
        Map<String, String> writes = Map.of(
                "/personal-adviser", "{\"adviserId\": \"" + adviserX + "\"}",
                "/contacts", contact,
                "/entitlements-explained", "{\"explainedOn\": \"2026-02-26\", \"method\": \"APP\", \"acknowledged\": true}");
        for (Map.Entry<String, String> write : writes.entrySet()) {
            Response response = given().header("Authorization", managerU).contentType(ContentType.JSON).body(write.getValue())
                    .when().post("/young-people/" + t1 + write.getKey());
            assertSameAsUnknown(response, managerU, t1, write.getKey(), "POST", write.getValue());
        }
        String end = "{\"reason\": \"moved away\"}";
        assertSameAsUnknown(given().header("Authorization", managerU).contentType(ContentType.JSON).body(end)
                .when().post("/young-people/" + t2 + "/personal-adviser/end"), managerU, t2, "/personal-adviser/end", "POST", end);
        String circumstances = "{\"inCustody\": true, \"parent\": false}";
        assertSameAsUnknown(given().header("Authorization", managerU).contentType(ContentType.JSON).body(circumstances)
                .when().put("/young-people/" + t1 + "/circumstances"), managerU, t1, "/circumstances", "PUT", circumstances);
        // a personal adviser writes for their own young person only
        String adviser = token("personal-adviser", adviserX, teamT);
        KeepingInTouchResourceTest.contact(adviser, t2, contact).statusCode(201);
        assertSameAsUnknown(given().header("Authorization", adviser).contentType(ContentType.JSON).body(contact)
                .when().post("/young-people/" + t1 + "/contacts"), adviser, t1, "/contacts", "POST", contact);
        // nothing was written to t1 or t2
        String cms = token("integration", "cms");
        given().header("Authorization", cms).when().get("/young-people/" + t1)
                .then().statusCode(200).body("adviserId", equalTo(null)).body("inCustody", equalTo(false))
                .body("lastSuccessfulContactOn", equalTo(null)).body("entitlementsExplainedOn", equalTo(null));
        given().header("Authorization", cms).when().get("/young-people/" + t2)
                .then().statusCode(200).body("adviserId", equalTo(adviserX));
    }

    @Test
    void aCaseloadListsTheYoungPeopleInScopeAndCountsTheWholeLoad() {
        String path = "/personal-advisers/" + adviserX + "/caseload";
        // the capacity figures are staff data: the same for everyone; the young people listed are scoped
        given().header("Authorization", token("personal-adviser", adviserX)).when().get(path)
                .then().statusCode(200).body("youngPeople.caseRef", contains(sorted(t2, u2)))
                .body("weightedTotal", equalTo(6)).body("remainingCapacity", equalTo(44));
        given().header("Authorization", token("manager", "m-t", teamT)).when().get(path)
                .then().statusCode(200).body("youngPeople.caseRef", contains(t2))
                .body("weightedTotal", equalTo(6)).body("remainingCapacity", equalTo(44));
        given().header("Authorization", token("iro", iroT)).when().get(path)
                .then().statusCode(200).body("youngPeople", empty()).body("weightedTotal", equalTo(6));
        // another adviser's caseload: their young people are not this adviser's
        given().header("Authorization", token("personal-adviser", "pa-someone-else")).when().get(path)
                .then().statusCode(200).body("youngPeople", empty());
    }

    @Test
    void theProjectionKeepsTheFactsTheRuleNeedsAndFollowsTheirChanges() {
        String swToken = token("social-worker", socialWorker);
        readIs(swToken, t1, "", true);
        // pathway-service reassigns t1 to another social worker: the old one no longer sees them
        FakePathway.publish("young-person.upserted", t1, Fixtures.snapshot(t1, "2009-10-01", teamT, "sw-new", iroT,
                false, false, true, OVERDUE));
        org.junit.jupiter.api.Assertions.assertTrue(poller.catchUp());
        readIs(swToken, t1, "", false);
        readIs(token("social-worker", "sw-new"), t1, "", true);
        dueIs(swToken, null, u1);
    }
}
