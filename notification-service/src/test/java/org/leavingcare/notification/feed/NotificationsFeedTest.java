package org.leavingcare.notification.feed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.leavingcare.notification.WebhookTestSupport;
import org.leavingcare.testsupport.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leavingcare.notification.WebhookTestSupport.integration;
import static org.leavingcare.notification.WebhookTestSupport.uniqueTeam;

/** GET /notifications: the pull alternative, paged like every change feed. */
@QuarkusTest
class NotificationsFeedTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    WebhookTestSupport support;

    JsonPath page(String query) {
        return given().header("Authorization", integration("cms-1")).when().get("/notifications" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void notificationsArePagedInSequenceOrderFromACursor() {
        long cursor = page("?limit=500").getLong("lastSequence");
        for (JsonPath p = page("?after=" + cursor + "&limit=500"); p.getList("events").size() > 0;
             p = page("?after=" + cursor + "&limit=500")) {
            cursor = p.getLong("lastSequence");
        }
        String team = uniqueTeam();
        List<String> ids = List.of(support.notify(team, "CR-1").toString(), support.notify(team, "CR-2").toString(),
                support.notify(team, "CR-3").toString());

        JsonPath first = page("?after=" + cursor + "&limit=2");
        assertEquals(2, first.getList("events").size());
        assertTrue(first.getBoolean("hasMore"));
        assertTrue(first.getLong("events[0].sequence") > cursor);
        assertTrue(first.getLong("events[0].sequence") < first.getLong("events[1].sequence"));
        assertEquals(first.getLong("events[1].sequence"), first.getLong("lastSequence"));

        // read on to the end, two at a time (other notifications may be interleaved)
        List<java.util.Map<String, Object>> events = new java.util.ArrayList<>(first.getList("events"));
        JsonPath p = first;
        while (p.getBoolean("hasMore")) {
            p = page("?after=" + p.getLong("lastSequence") + "&limit=2");
            assertTrue(p.getList("events").size() <= 2);
            events.addAll(p.getList("events"));
        }
        List<java.util.Map<String, Object>> mine = events.stream().filter(e -> ids.contains(e.get("id"))).toList();
        assertEquals(ids, mine.stream().map(e -> e.get("id")).toList(), "in commit order, each once");
        assertEquals(List.of("CR-1", "CR-2", "CR-3"), mine.stream().map(e -> e.get("caseRef")).toList());
        assertEquals("alert.raised", mine.get(0).get("type"));
        assertEquals("A12", ((java.util.Map<?, ?>) mine.get(0).get("data")).get("rule"));
        assertEquals("2026-03-01T12:00:00Z", mine.get(0).get("occurredAt"));

        JsonPath empty = page("?after=" + p.getLong("lastSequence"));
        assertEquals(0, empty.getList("events").size());
        assertFalse(empty.getBoolean("hasMore"));
        assertEquals(p.getLong("lastSequence"), empty.getLong("lastSequence"), "lastSequence is after when empty");
    }

    @Test
    void badPagingParametersAreA400NamingTheParameter() {
        for (String[] bad : new String[][]{{"after=-1", "after"}, {"after=abc", "after"}, {"limit=0", "limit"},
                {"limit=501", "limit"}, {"limit=1.5", "limit"}}) {
            given().header("Authorization", integration("cms-1")).when().get("/notifications?" + bad[0])
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", equalTo(bad[1]));
        }
    }

    @Test
    void onlyIntegrationAndManagerMayReadTheFeed() {
        given().header("Authorization", TestTokens.bearer("manager", "m-1")).when().get("/notifications")
                .then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("social-worker", "sw-1")).when().get("/notifications")
                .then().statusCode(403).contentType(PROBLEM);
        given().when().get("/notifications").then().statusCode(401).contentType(PROBLEM);
    }
}
