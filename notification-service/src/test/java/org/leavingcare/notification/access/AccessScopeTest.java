package org.leavingcare.notification.access;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavingcare.notification.client.FeedClient.Feed;
import org.leavingcare.notification.feed.FeedApplier;
import org.leavingcare.testsupport.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.leavingcare.notification.FakeFeeds.LEAVER;
import static org.leavingcare.notification.FakeFeeds.PATHWAY;
import static org.leavingcare.notification.Snapshots.leaver;
import static org.leavingcare.notification.Snapshots.youngPerson;

/**
 * Who sees which alerts (docs/access-and-audit.md): lists, totals, filters, summaries, single reads,
 * acknowledgements and the notifications feed, for each role. CR-SC-N1 is in team north (social worker
 * sw-n1, IRO iro-n1, adviser pa-n1), CR-SC-S1 in team south (sw-s1, iro-s1, pa-s1); CR-SC-GHOST has an
 * alert but no projection row (team "south" on the alert only).
 */
@QuarkusTest
class AccessScopeTest {

    static final String PROBLEM = "application/problem+json";
    static final List<String> OURS = List.of("CR-SC-N1", "CR-SC-S1", "CR-SC-GHOST");

    @Inject
    FeedApplier applier;

    @Inject
    DataSource dataSource;

    static String token(String roles, String subject, String teams) {
        return "Bearer " + TestTokens.token(Arrays.asList(roles.split(" ")), subject,
                teams == null || teams.isBlank() ? List.of() : Arrays.asList(teams.split(" ")), java.time.Duration.ofMinutes(30));
    }

    static String integration() {
        return TestTokens.bearer("integration", "cms-1");
    }

    @BeforeEach
    void youngPeopleInTwoTeams() throws Exception {
        if (given().header("Authorization", integration()).when().get("/alerts?caseRef=CR-SC-S1")
                .then().extract().path("totalItems").equals(0)) {
            PATHWAY.publish("young-person.upserted", "CR-SC-N1", youngPerson("CR-SC-N1", "north", "sw-n1", "iro-n1"));
            PATHWAY.publish("young-person.upserted", "CR-SC-S1", youngPerson("CR-SC-S1", "south", "sw-s1", "iro-s1"));
            LEAVER.publish("allocation.started", "CR-SC-N1", leaver("CR-SC-N1", "pa-n1"));
            LEAVER.publish("allocation.started", "CR-SC-S1", leaver("CR-SC-S1", "pa-s1"));
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (applier.cursor(Feed.PATHWAY) < PATHWAY.lastSequence() || applier.cursor(Feed.LEAVER) < LEAVER.lastSequence()) {
                if (System.nanoTime() > deadline) {
                    fail("the consumers did not apply the events");
                }
                Thread.sleep(50);
            }
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("""
                        INSERT INTO alert (id, rule_id, case_ref, due_on, team, severity, status, first_raised_at, last_evaluated_at)
                        VALUES (nextval('alert_id_seq'), 'A1', 'CR-SC-GHOST', DATE '2026-03-10', 'south', 'UPCOMING', 'OPEN', now(), now())""");
            }
        }
    }

    /** How many alerts each of our young people has (all of them, as the case-management system sees). */
    static Map<String, Integer> counts() {
        return OURS.stream().collect(Collectors.toMap(ref -> ref, ref -> given().header("Authorization", integration())
                .when().get("/alerts?size=200&caseRef=" + ref).then().statusCode(200)
                .extract().<Integer>path("totalItems")));
    }

    static Set<String> seen(String authorization, String query) {
        List<String> refs = given().header("Authorization", authorization).when().get("/alerts?size=200" + query)
                .then().statusCode(200).extract().path("items.caseRef");
        Set<String> ours = new HashSet<>(refs);
        ours.retainAll(OURS);
        return ours;
    }

    @ParameterizedTest(name = "{0} {1} [{2}] sees {3}")
    @CsvSource(delimiter = '|', value = {
            "integration | cms-1 | | CR-SC-N1 CR-SC-S1 CR-SC-GHOST",
            "manager | m-all | * | CR-SC-N1 CR-SC-S1 CR-SC-GHOST",
            "manager | m-n | north | CR-SC-N1",
            "manager | m-s | south | CR-SC-S1",
            "manager | m-x | | ",
            "social-worker | sw-s1 | | CR-SC-S1",
            "social-worker | sw-other | south | CR-SC-S1",
            "social-worker | sw-n1 | east | CR-SC-N1",
            "social-worker | sw-other | * | ",
            "iro | iro-s1 | north | CR-SC-S1",
            "personal-adviser | pa-s1 | north | CR-SC-S1",
            "personal-adviser | pa-x | south | ",
            "iro personal-adviser | pa-n1 | | CR-SC-N1",
    })
    void eachRoleSeesItsOwnInListsAndTotals(String roles, String subject, String teams, String expected) {
        Set<String> want = expected == null ? Set.of() : Set.of(expected.split(" "));
        String auth = token(roles, subject, teams);
        assertEquals(want, seen(auth, ""));
        Map<String, Integer> counts = counts();
        for (String ref : OURS) {
            // the total of a caseRef filter is as if out-of-scope alerts did not exist
            int total = given().header("Authorization", auth).when().get("/alerts?caseRef=" + ref)
                    .then().statusCode(200).extract().path("totalItems");
            assertEquals(want.contains(ref) ? counts.get(ref) : 0, total, ref);
        }
        if (!(teams != null && teams.contains("north")) && !roles.equals("integration") && !"*".equals(teams)) {
            // no one else's young people in their scope: the whole list's total is ours alone
            int total = given().header("Authorization", auth).when().get("/alerts").then().extract().path("totalItems");
            assertEquals(want.stream().mapToInt(counts::get).sum(), total);
        }
    }

    @Test
    void aFilterNamingAnotherTeamIsAnEmptyPageNotAnError() {
        String north = token("manager", "m-n", "north");
        for (String query : List.of("team=south", "team=south&rule=A1", "caseRef=CR-SC-S1", "caseRef=CR-SC-GHOST",
                "team=south&status=OPEN&dueBefore=2030-01-01")) {
            given().header("Authorization", north).when().get("/alerts?" + query)
                    .then().statusCode(200).body("totalItems", equalTo(0)).body("totalPages", equalTo(0))
                    .body("items.size()", equalTo(0));
        }
        // the same filter in the south manager's hands finds south's alerts, but not the unknown young person's
        Set<String> south = seen(token("manager", "m-s", "south"), "&team=south");
        assertEquals(Set.of("CR-SC-S1"), south);
        assertEquals(Set.of("CR-SC-S1", "CR-SC-GHOST"), seen(token("manager", "m-all", "*"), "&team=south"));
    }

    @Test
    void summariesCountOnlyTheManagersScope() {
        Map<String, Integer> counts = counts();
        Response south = given().header("Authorization", token("manager", "m-s", "south")).when().get("/alerts/summary");
        south.then().statusCode(200);
        Map<String, Integer> byTeam = south.path("byTeam");
        assertEquals(Map.of("south", counts.get("CR-SC-S1")), byTeam);
        assertEquals(counts.get("CR-SC-S1"), (Integer) south.path("unresolved"));

        Map<String, Integer> northTeams = given().header("Authorization", token("manager", "m-n", "north"))
                .when().get("/alerts/summary").then().statusCode(200).extract().path("byTeam");
        assertFalse(northTeams.containsKey("south"), northTeams.toString());

        Map<String, Integer> all = given().header("Authorization", token("manager", "m-all", "*"))
                .when().get("/alerts/summary").then().statusCode(200).extract().path("byTeam");
        assertEquals(counts.get("CR-SC-S1") + counts.get("CR-SC-GHOST"), all.get("south"));

        given().header("Authorization", token("manager", "m-x", "")).when().get("/alerts/summary")
                .then().statusCode(200).body("unresolved", equalTo(0));
    }

    static int alertOf(String caseRef) {
        return given().header("Authorization", integration()).when().get("/alerts?caseRef=" + caseRef)
                .then().statusCode(200).extract().path("items[0].id");
    }

    @ParameterizedTest(name = "{0} {1} [{2}] reads CR-SC-S1: {3}, CR-SC-GHOST: {4}")
    @CsvSource(delimiter = '|', value = {
            "integration | cms-1 | | 200 | 200",
            "manager | m-all | * | 200 | 200",
            "manager | m-s | south | 200 | 404",
            "manager | m-n | north | 404 | 404",
            "social-worker | sw-s1 | | 200 | 404",
            "social-worker | sw-n1 | north | 404 | 404",
            "iro | iro-s1 | | 200 | 404",
            "iro | iro-n1 | south | 404 | 404",
            "personal-adviser | pa-s1 | | 200 | 404",
            "personal-adviser | pa-n1 | south | 404 | 404",
    })
    void anOutOfScopeAlertIsA404LikeOneThatDoesNotExist(String roles, String subject, String teams, int south, int ghost) {
        String auth = token(roles, subject, teams);
        int s1 = alertOf("CR-SC-S1");
        int g = alertOf("CR-SC-GHOST");
        given().header("Authorization", auth).when().get("/alerts/" + s1).then().statusCode(south);
        given().header("Authorization", auth).when().get("/alerts/" + g).then().statusCode(ghost);
        if (south == 404) {
            Response hidden = given().header("Authorization", auth).when().get("/alerts/" + s1);
            Response missing = given().header("Authorization", auth).when().get("/alerts/987654321");
            hidden.then().contentType(PROBLEM);
            assertEquals(missing.path("type").toString(), hidden.path("type").toString());
            assertEquals(missing.path("title").toString(), hidden.path("title").toString());
            assertEquals(missing.path("detail").toString().replace("987654321", String.valueOf(s1)),
                    hidden.path("detail").toString());
        }
    }

    @Test
    void anOutOfScopeAcknowledgementIsA404AndChangesNothing() {
        int s1 = alertOf("CR-SC-S1");
        for (String auth : List.of(token("social-worker", "sw-n1", "north"), token("personal-adviser", "pa-n1", "south"),
                token("iro", "iro-n1", ""), token("manager", "m-n", "north"))) {
            for (String ifMatch : new String[] {null, "\"0\""}) {
                var request = given().header("Authorization", auth).contentType(ContentType.JSON)
                        .body("{\"note\": \"Seen\"}");
                if (ifMatch != null) {
                    request.header("If-Match", ifMatch);
                }
                request.when().post("/alerts/" + s1 + "/acknowledgement")
                        .then().statusCode(404).contentType(PROBLEM)
                        .body("detail", equalTo("No alert with id " + s1));
            }
        }
        given().header("Authorization", integration()).when().get("/alerts/" + s1)
                .then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void theNotificationsFeedShowsAManagerOnlyTheirScope() {
        List<String> all = given().header("Authorization", integration()).when().get("/notifications?limit=500")
                .then().statusCode(200).extract().path("events.caseRef");
        assertTrue(all.contains("CR-SC-S1") && all.contains("CR-SC-N1"), all.toString());
        Response south = given().header("Authorization", token("manager", "m-s", "south")).when().get("/notifications?limit=500");
        List<String> refs = south.path("events.caseRef");
        assertEquals(Set.of("CR-SC-S1"), new HashSet<>(refs));
        List<Integer> sequences = south.path("events.sequence");
        assertEquals(sequences.get(sequences.size() - 1), (Integer) south.path("lastSequence"));
        List<String> none = given().header("Authorization", token("manager", "m-x", "")).when().get("/notifications?limit=500")
                .then().statusCode(200).extract().path("events");
        assertEquals(List.of(), none);
    }
}
