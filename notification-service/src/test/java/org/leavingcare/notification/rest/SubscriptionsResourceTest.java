package org.leavingcare.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavingcare.notification.WebhookTestSupport;
import org.leavingcare.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leavingcare.notification.WebhookTestSupport.integration;
import static org.leavingcare.notification.WebhookTestSupport.manager;

/** The subscription API: create, read, list, pause, resume, delete, rotate, and what it refuses. */
@QuarkusTest
class SubscriptionsResourceTest {

    static final String PROBLEM = "application/problem+json";
    static final String VALID = """
            {"url": "https://cms.example.org/hooks", "eventTypes": ["alert.raised", "alert.escalated"],
             "filters": {"team": "north", "rule": "A12", "disabled": true}, "description": "CWD team"}""";

    @Inject
    WebhookTestSupport support;

    @AfterEach
    void cleanUp() {
        support.cleanUp();
    }

    long create(String token, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/subscriptions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void creatingASubscriptionShowsItsSecretOnceAndStoresItEncrypted() {
        String secret = given().header("Authorization", integration("cms-1")).contentType(ContentType.JSON).body(VALID)
                .when().post("/subscriptions")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/subscriptions/\\d+"))
                .body("url", equalTo("https://cms.example.org/hooks"))
                .body("eventTypes", equalTo(java.util.List.of("alert.raised", "alert.escalated")))
                .body("filters.team", equalTo("north"))
                .body("filters.rule", equalTo("A12"))
                .body("filters.disabled", equalTo(true))
                .body("filters.uasc", nullValue())
                .body("status", equalTo("ACTIVE"))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .extract().path("secret");
        long id = support.queryLong("SELECT max(id) FROM webhook_subscription");

        given().header("Authorization", integration("cms-1")).when().get("/subscriptions/" + id)
                .then().statusCode(200).body("id", equalTo((int) id)).body("$", not(hasKey("secret")));
        given().header("Authorization", integration("cms-1")).when().get("/subscriptions")
                .then().statusCode(200).body("id", hasItem((int) id)).body("[0]", not(hasKey("secret")));
        String stored = support.queryString("SELECT secret FROM webhook_secret WHERE subscription_id = ?", id);
        assertTrue(stored.startsWith("aes1:"), "encrypted at rest");
        assertFalse(stored.contains(secret.substring(6)));
    }

    @Test
    void anIntegrationClientSeesOnlyItsOwnSubscriptionsAndAManagerSeesAll() {
        long mine = create(integration("cms-1"), VALID);
        given().header("Authorization", integration("cms-2")).when().get("/subscriptions/" + mine)
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", integration("cms-2")).when().post("/subscriptions/" + mine + "/pause")
                .then().statusCode(404);
        given().header("Authorization", integration("cms-2")).when().get("/subscriptions")
                .then().statusCode(200).body("id", not(hasItem((int) mine)));
        given().header("Authorization", manager()).when().get("/subscriptions/" + mine).then().statusCode(200);
    }

    @Test
    void pauseResumeAndDelete() {
        long id = create(manager(), VALID);
        given().header("Authorization", manager()).when().post("/subscriptions/" + id + "/pause")
                .then().statusCode(200).body("status", equalTo("PAUSED"));
        given().header("Authorization", manager()).when().post("/subscriptions/" + id + "/resume")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        support.update("UPDATE webhook_subscription SET status = 'DISABLED', disabled_reason = 'test' WHERE id = ?", id);
        given().header("Authorization", manager()).when().post("/subscriptions/" + id + "/pause")
                .then().statusCode(409).contentType(PROBLEM);
        given().header("Authorization", manager()).when().post("/subscriptions/" + id + "/resume")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("disabledReason", nullValue());
        given().header("Authorization", manager()).when().delete("/subscriptions/" + id).then().statusCode(204);
        given().header("Authorization", manager()).when().get("/subscriptions/" + id)
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("urn:leavingcare:problem:not-found"));
        given().header("Authorization", manager()).when().delete("/subscriptions/" + id).then().statusCode(404);
    }

    @Test
    void aSecretRotationShowsTheNewSecretOnceAndKeepsThePreviousForTheOverlap() {
        long id = create(manager(), VALID);
        Instant before = Instant.now();
        String expires = given().header("Authorization", manager())
                .when().post("/subscriptions/" + id + "/secret-rotation")
                .then().statusCode(200).body("secret", matchesPattern("whsec_.+"))
                .extract().path("previousSecretsExpireAt");
        Duration overlap = Duration.between(before, Instant.parse(expires));
        assertTrue(overlap.compareTo(Duration.ofHours(23)) > 0 && overlap.compareTo(Duration.ofHours(25)) < 0,
                "default overlap of 24 hours: " + overlap);
        assertTrue(support.queryLong("SELECT count(*) FROM webhook_secret WHERE subscription_id = ?", id) == 2);
    }

    @Test
    void aUrlThatIsNotAUsableTargetIsA422NamingTheField() {
        for (String url : new String[]{"not a url", "ftp://cms.example.org/x", "https://user:pw@cms.example.org/",
                "/relative/path"}) {
            given().header("Authorization", manager()).contentType(ContentType.JSON)
                    .body(VALID.replace("https://cms.example.org/hooks", url))
                    .when().post("/subscriptions")
                    .then().statusCode(422).contentType(PROBLEM)
                    .body("violations[0].field", equalTo("url"));
        }
        given().header("Authorization", manager()).contentType(ContentType.JSON)
                .body(VALID.replace("\"A12\"", "\"Z9\""))
                .when().post("/subscriptions")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("filters.rule"))
                .body("violations[0].message", containsString("A12"));
        assertTrue(support.queryLong("SELECT count(*) FROM webhook_subscription") == 0, "nothing written");
    }

    @Test
    void missingAndInvalidFieldsAreA400NamingEachField() {
        given().header("Authorization", manager()).contentType(ContentType.JSON).body("{}")
                .when().post("/subscriptions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("url"))
                .body("violations.field", hasItem("eventTypes"));
        given().header("Authorization", manager()).contentType(ContentType.JSON)
                .body(VALID.replace("[\"alert.raised\", \"alert.escalated\"]", "[]"))
                .when().post("/subscriptions")
                .then().statusCode(400).body("violations[0].field", equalTo("eventTypes"));
        given().header("Authorization", manager()).contentType(ContentType.JSON)
                .body(VALID.replace("\"north\"", "\"no rth!\""))
                .when().post("/subscriptions")
                .then().statusCode(400).body("violations[0].field", equalTo("filters.team"));
        given().header("Authorization", manager()).contentType(ContentType.JSON)
                .body(VALID.replace("\"description\"", "\"secret\""))
                .when().post("/subscriptions")
                .then().statusCode(400).body("violations[0].field", equalTo("secret"));
        given().header("Authorization", manager()).contentType(ContentType.JSON)
                .body(VALID.replace("\"disabled\": true", "\"disabled\": \"maybe\""))
                .when().post("/subscriptions")
                .then().statusCode(400).body("violations[0].field", equalTo("filters.disabled"));
    }

    @Test
    void aNulCharacterWhichPostgresqlCannotStoreIsA400NamingTheFieldNeverA500() {
        given().header("Authorization", manager()).contentType(ContentType.JSON)
                .body(VALID.replace("\"CWD team\"", "\"CWD\\u0000team\""))
                .when().post("/subscriptions")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("description"));
        assertTrue(support.queryLong("SELECT count(*) FROM webhook_subscription") == 0, "nothing written");
    }

    @Test
    void deliveryListsAndRedeliveriesAnswerClearly() {
        long id = create(manager(), VALID);
        given().header("Authorization", manager()).when().get("/subscriptions/" + id + "/deliveries")
                .then().statusCode(200).body("deliveries.size()", equalTo(0))
                .body("lastId", equalTo(0)).body("hasMore", equalTo(false));
        given().header("Authorization", manager()).when().get("/subscriptions/" + id + "/deliveries?limit=0")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("limit"));
        given().header("Authorization", manager()).when().get("/subscriptions/" + id + "/deliveries?after=x")
                .then().statusCode(400).body("violations[0].field", equalTo("after"));
        given().header("Authorization", manager()).when().get("/subscriptions/999999/deliveries")
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", manager()).when().post("/deliveries/999999/redelivery")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("999999"));
    }

    @Test
    void onlyIntegrationAndManagerRolesMayManageSubscriptions() {
        for (String role : new String[]{"social-worker", "personal-adviser", "iro", "service"}) {
            given().header("Authorization", TestTokens.bearer(role, "x-1")).when().get("/subscriptions")
                    .then().statusCode(403).contentType(PROBLEM);
        }
        given().when().get("/subscriptions").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", endsWith("Bearer"));
    }
}
