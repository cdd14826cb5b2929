package org.leavingcare.notification.webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leavingcare.notification.webhook.WebhookTestSupport.integration;
import static org.leavingcare.notification.webhook.WebhookTestSupport.uniqueTeam;

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
        while (page("?after=" + cursor + "&limit=500").getBoolean("hasMore")) {
            cursor = page("?after=" + cursor + "&limit=500").getLong("lastSequence");
        }
        cursor = page("?after=" + cursor + "&limit=500").getLong("lastSequence");
        String team = uniqueTeam();
        List<String> ids = List.of(support.notify(team, "CR-1").toString(), support.notify(team, "CR-2").toString(),
                support.notify(team, "CR-3").toString());

        JsonPath first = page("?after=" + cursor + "&limit=2");
        assertEquals(ids.subList(0, 2), first.getList("events.id"));
        assertEquals(List.of("CR-1", "CR-2"), first.getList("events.caseRef"));
        assertEquals("alert.raised", first.getString("events[0].type"));
        assertEquals("A12", first.getString("events[0].data.rule"));
        assertEquals("2026-03-01T12:00:00Z", first.getString("events[0].occurredAt"));
        assertTrue(first.getBoolean("hasMore"));
        long sequence = first.getLong("events[1].sequence");
        assertEquals(sequence, first.getLong("lastSequence"));
        assertTrue(first.getLong("events[0].sequence") < sequence);

        JsonPath second = page("?after=" + first.getLong("lastSequence") + "&limit=2");
        assertEquals(List.of(ids.get(2)), second.getList("events.id"));
        assertFalse(second.getBoolean("hasMore"));

        JsonPath empty = page("?after=" + second.getLong("lastSequence"));
        assertEquals(0, empty.getList("events").size());
        assertEquals(second.getLong("lastSequence"), empty.getLong("lastSequence"), "lastSequence is after when empty");
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
