package org.leavingcare.notification.service.webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavingcare.notification.WebhookTestSupport;
import org.leavingcare.notification.config.WebhookConfig;
import org.leavingcare.notification.domain.webhook.WebhookSigner;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leavingcare.notification.WebhookTestSupport.await;
import static org.leavingcare.notification.WebhookTestSupport.manager;
import static org.leavingcare.notification.WebhookTestSupport.uniqueTeam;

/** With production settings: https only, and no private, loopback or link-local targets (SSRF). */
@QuarkusTest
@TestProfile(StrictTargetsTest.Production.class)
class StrictTargetsTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.webhooks.allow-http", "false", "suite.webhooks.allow-private-targets", "false",
                    // the production line's form: an environment variable with the schedule as its default
                    "suite.webhooks.retry-schedule", "${WEBHOOKS_RETRY_SCHEDULE_UNSET_IN_TESTS:0s,150ms,5m}");
        }
    }

    static final String PROBLEM = "application/problem+json";

    @Inject
    WebhookTestSupport support;

    @AfterEach
    void cleanUp() {
        support.cleanUp();
    }

    void refused(String url, String message) {
        given().header("Authorization", manager()).contentType(ContentType.JSON)
                .body("{\"url\": \"" + url + "\", \"eventTypes\": [\"*\"]}")
                .when().post("/subscriptions")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("url"))
                .body("violations[0].message", equalTo(message));
    }

    @Inject
    WebhookConfig config;

    @Test
    void aRetryScheduleFromAnEnvironmentVariableDefaultIsReadAsAListOfDurations() {
        assertEquals(java.util.List.of(Duration.ZERO, Duration.ofMillis(150), Duration.ofMinutes(5)),
                config.retrySchedule());
    }

    @Test
    void plainHttpIsRefused() {
        refused("http://cms.example.org/hooks", "must use https");
    }

    @Test
    void internalAddressesAreRefused() {
        String internal = "must not point to a private, loopback or link-local address";
        refused("https://127.0.0.1/hooks", internal);
        refused("https://localhost:8443/hooks", internal);
        refused("https://10.20.30.40/hooks", internal);
        refused("https://192.168.0.10/hooks", internal);
        refused("https://169.254.169.254/latest/meta-data/", internal);
        refused("https://[::1]/hooks", internal);
        assertEquals(0, support.queryLong("SELECT count(*) FROM webhook_subscription"));
    }

    @Test
    void aTargetIsCheckedAgainWhenSentSoARebindingToAnInternalAddressIsNotCalled() {
        // as if the name had resolved to a public address at creation and to loopback now
        String team = uniqueTeam();
        long id = support.queryLong("""
                INSERT INTO webhook_subscription (url, event_types, filter_team, status, owner, owner_roles, created_at,
                    updated_at)
                VALUES ('https://127.0.0.1:9/hooks', '*', ?, 'ACTIVE', 'cms-1', 'integration', now(), now()) RETURNING id""", team);
        support.update("INSERT INTO webhook_secret (subscription_id, secret, created_at) VALUES (?, ?, now())",
                id, "plain:" + WebhookSigner.newSecret(32));
        String webhookId = support.notify(team, "CR-1301").toString();

        await("the first attempt is recorded", Duration.ofSeconds(15), () -> support.queryLong("""
                SELECT count(*) FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
                WHERE d.webhook_id = ?""", webhookId) >= 1);
        String error = support.queryString("""
                SELECT a.error FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
                WHERE d.webhook_id = ? ORDER BY a.id LIMIT 1""", webhookId);
        assertTrue(error.startsWith("target refused: url must not point to a private"), error);
    }
}
