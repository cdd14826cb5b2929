package org.leavingcare.notification.service.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavingcare.notification.WebhookTestSupport;
import org.leavingcare.notification.domain.webhook.WebhookSigner;
import org.leavingcare.notification.repository.NotificationOutbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leavingcare.notification.WebhookTestSupport.await;
import static org.leavingcare.notification.WebhookTestSupport.manager;
import static org.leavingcare.notification.WebhookTestSupport.uniqueTeam;

/** Delivery end to end: the outbox, the worker, a real HTTP receiver on a loopback port. */
@QuarkusTest
class WebhookDeliveryTest {

    static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    WebhookTestSupport support;

    @Inject
    javax.sql.DataSource dataSource;

    @Inject
    NotificationOutbox outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    Scheduler scheduler;

    @Inject
    DeliveryWorker worker;

    final List<Receiver> receivers = new ArrayList<>();

    Receiver receiver() throws Exception {
        Receiver r = Receiver.start();
        receivers.add(r);
        return r;
    }

    @AfterEach
    void cleanUp() {
        // a test that held the worker must not leave it held: cleaning up waits for it to fan out
        scheduler.resume("webhook-worker");
        receivers.forEach(Receiver::close);
        support.cleanUp();
    }

    JsonPath deliveries(long subscriptionId) {
        return given().header("Authorization", manager())
                .when().get("/subscriptions/" + subscriptionId + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aCommittedNotificationIsPostedWithStandardWebhooksHeadersAndAVerifiableSignature() throws Exception {
        Receiver receiver = receiver();
        String team = uniqueTeam();
        WebhookTestSupport.Subscribed sub = support.subscribe(receiver.url(), team);
        String id = support.notify(team, "CR-1001").toString();

        await("the receiver has the notification", WAIT, () -> receiver.requestsFor(id).size() == 1);
        Receiver.Request request = receiver.requestsFor(id).get(0);
        assertEquals("/hooks", request.path());
        assertTrue(request.header("content-type").startsWith("application/json"));
        long timestamp = Long.parseLong(request.header("webhook-timestamp"));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 60, "real Unix seconds");
        // the receiver's own check, with the specification's library and the secret shown at creation
        assertDoesNotThrow(() -> new Webhook(sub.secret()).verify(request.body(), request.headers()));
        assertDoesNotThrow(() -> new Webhook(sub.secret()).verify(request.body(), Map.of(
                "webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(WebhookSigner.signature(id, timestamp, request.body(), List.of(sub.secret()))))));

        JsonNode body = mapper.readTree(request.body());
        assertEquals("alert.raised", body.get("type").asText());
        assertEquals("2026-03-01T12:00:00Z", body.get("timestamp").asText(), "when it happened, by the service clock");
        assertEquals("CR-1001", body.get("data").get("caseRef").asText());
        assertEquals("A12", body.get("data").get("rule").asText());
        assertEquals("/alerts/7", body.get("data").get("links").get("alert").asText());

        await("the delivery is recorded as delivered", WAIT, () -> "DELIVERED".equals(support.deliveryStatus(id)));
        JsonPath page = deliveries(sub.id());
        assertEquals(1, page.getList("deliveries").size());
        assertEquals(id, page.getString("deliveries[0].webhookId"));
        assertEquals("DELIVERED", page.getString("deliveries[0].status"));
        assertEquals(204, page.getInt("deliveries[0].attempts[0].statusCode"));
        assertEquals("SUCCESS", page.getString("deliveries[0].attempts[0].outcome"));
        assertTrue(page.getLong("deliveries[0].attempts[0].latencyMs") >= 0);
        assertFalse(page.getBoolean("hasMore"));

        // the disclosure to the case-management system is in the audit trail, correlated by the webhook-id
        assertEquals("notification-service|webhook.deliver|POST|/subscriptions/" + sub.id() + "|CR-1001|SUCCESS|204",
                support.queryString("SELECT actor || '|' || operation || '|' || method || '|' || resource || '|' "
                        + "|| case_ref || '|' || outcome || '|' || status FROM audit_event WHERE correlation_id = ?", id));

        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("webhook_attempts_total{outcome=\"delivered\""))
                .body(org.hamcrest.Matchers.containsString("webhook_attempt_latency_seconds_count"));
    }

    @Test
    void aManagersSubscriptionDeliversOnlyYoungPeopleInTheManagersTeams() throws Exception {
        Receiver receiver = receiver();
        String mine = uniqueTeam();
        String theirs = uniqueTeam();
        String in = "CR-WS-" + mine;
        String out = "CR-WS-" + theirs;
        support.update("INSERT INTO young_person (case_ref, source_sequence, team) VALUES (?, 1, ?), (?, 1, ?)",
                in, mine, out, theirs);
        long sub = given().header("Authorization", org.leavingcare.testsupport.TestTokens.bearer("manager", "m-team", mine))
                .contentType(io.restassured.http.ContentType.JSON)
                .body("{\"url\": \"" + receiver.url() + "\", \"eventTypes\": [\"alert.raised\"], \"description\": \"team\"}")
                .when().post("/subscriptions").then().statusCode(201).extract().jsonPath().getLong("id");
        // both notifications claim the manager's team; the projection decides
        String hidden = support.notify(mine, out).toString();
        String unknown = support.notify(mine, "CR-WS-NOBODY-" + mine).toString();
        String shown = support.notify(mine, in).toString();

        await("the in-scope notification is delivered", WAIT, () -> receiver.requestsFor(shown).size() == 1);
        assertEquals(0, support.queryLong("SELECT count(*) FROM webhook_delivery WHERE subscription_id = ? AND webhook_id IN (?, ?)",
                sub, hidden, unknown));
        assertEquals(0, receiver.requestsFor(hidden).size() + receiver.requestsFor(unknown).size());
    }

    @Test
    void aRolledBackNotificationIsNeverSent() throws Exception {
        Receiver receiver = receiver();
        String team = uniqueTeam();
        support.subscribe(receiver.url(), team);
        UUID[] rolledBack = new UUID[1];
        QuarkusTransaction.begin();
        try {
            rolledBack[0] = outbox.record(WebhookTestSupport.notification(team, "CR-ROLLED-BACK", "{}"));
        } finally {
            QuarkusTransaction.rollback();
        }
        String committed = support.notify(team, "CR-COMMITTED").toString();

        await("the committed notification arrives", WAIT, () -> receiver.requestsFor(committed).size() == 1);
        assertEquals(0, receiver.requestsFor(rolledBack[0].toString()).size());
        assertEquals(1, receiver.received.size());
        assertEquals(0, support.queryLong("SELECT count(*) FROM webhook_delivery WHERE webhook_id = ?",
                rolledBack[0].toString()));
    }

    @Test
    void aReceiverThatIsDownForSeveralAttemptsGetsEveryNotificationProcessedExactlyOnce() throws Exception {
        Receiver receiver = receiver();
        // down for the first two attempts at each notification; on the third it processes it but the
        // acknowledgement is lost (500); the fourth is a duplicate, which it recognises and acknowledges
        receiver.answer(request -> {
            long seen = receiver.requestsFor(request.webhookId()).size();
            if (seen <= 2) {
                return Receiver.Answer.of(503);
            }
            boolean firstTime = receiver.process(request);
            return Receiver.Answer.of(firstTime ? 500 : 200);
        });
        String team = uniqueTeam();
        WebhookTestSupport.Subscribed sub = support.subscribe(receiver.url(), team);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(support.notify(team, "CR-20" + i).toString());
        }

        await("every notification is delivered", WAIT,
                () -> ids.stream().allMatch(id -> "DELIVERED".equals(support.deliveryStatus(id))));
        assertEquals(ids.stream().sorted().toList(), receiver.effects.stream().sorted().toList(),
                "every notification processed, each exactly once");
        for (String id : ids) {
            assertEquals(2, receiver.processed.get(id).get(), "the lost acknowledgement caused one duplicate: " + id);
            assertEquals(4, receiver.requestsFor(id).size(), "four attempts, one webhook-id: " + id);
        }
        assertEquals(0, receiver.concurrentDuplicates.get());
        JsonPath page = deliveries(sub.id());
        assertEquals(5, page.getList("deliveries").size());
        assertEquals(List.of(503, 503, 500, 200), page.getList("deliveries[0].attempts.statusCode"));
        assertEquals(List.of("FAILURE", "FAILURE", "FAILURE", "SUCCESS"), page.getList("deliveries[0].attempts.outcome"));
        assertEquals(4, page.getInt("deliveries[0].attemptCount"));
        // every attempt sent the payload, so every attempt is a disclosure in the audit trail, with its outcome
        String first = page.getString("deliveries[0].webhookId");
        assertEquals(List.of("webhook.deliver|FAILED|503|service", "webhook.deliver|FAILED|503|service",
                        "webhook.deliver|FAILED|500|service", "webhook.deliver|SUCCESS|200|service"),
                support.queryStrings("SELECT operation || '|' || outcome || '|' || status || '|' || actor_roles "
                        + "FROM audit_event WHERE correlation_id = ? ORDER BY id", first));
    }

    @Test
    void anUnreachableReceiverIsDeadLetteredAfterTheLastAttemptAndCanBeRedelivered() throws Exception {
        int port = Receiver.freePort();
        String team = uniqueTeam();
        WebhookTestSupport.Subscribed sub = support.subscribe("http://127.0.0.1:" + port + "/hooks", team);
        String id = support.notify(team, "CR-3001").toString();

        await("the delivery is dead-lettered", WAIT, () -> "DEAD".equals(support.deliveryStatus(id)));
        JsonPath page = deliveries(sub.id());
        assertEquals(5, page.getInt("deliveries[0].attemptCount"), "the test schedule has five attempts");
        assertEquals(5, page.getList("deliveries[0].attempts").size());
        assertNull(page.get("deliveries[0].attempts[0].statusCode"));
        assertEquals("connection refused or unreachable", page.getString("deliveries[0].attempts[4].error"));
        assertNull(page.get("deliveries[0].nextAttemptAt"));
        long deliveryId = page.getLong("deliveries[0].id");
        // no connection, nothing sent: nothing disclosed
        assertEquals(0, support.queryLong("SELECT count(*) FROM audit_event WHERE correlation_id = ?", id));

        Receiver receiver = Receiver.startOn(port);
        receivers.add(receiver);
        given().header("Authorization", manager())
                .when().post("/deliveries/" + deliveryId + "/redelivery")
                .then().statusCode(202).body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        // the manager who caused the new disclosure is in the audit trail
        assertEquals("m-1|delivery.redeliver|POST|CR-3001|SUCCESS|202", support.queryString(
                "SELECT actor || '|' || operation || '|' || method || '|' || case_ref || '|' || outcome || '|' || status "
                        + "FROM audit_event WHERE resource = ?", "/deliveries/" + deliveryId + "/redelivery"));
        await("the redelivery arrives", WAIT, () -> receiver.requestsFor(id).size() == 1);
        await("the delivery is recorded as delivered", WAIT, () -> "DELIVERED".equals(support.deliveryStatus(id)));
        assertDoesNotThrow(() -> new Webhook(sub.secret()).verify(receiver.received.get(0).body(),
                receiver.received.get(0).headers()));
        // a delivery that is delivered can be sent again; one still waiting cannot: with the worker held, the
        // second redelivery is certainly still waiting when the third is asked for
        scheduler.pause("webhook-worker");
        await("the scheduled worker is idle", WAIT, () -> !worker.isRunning());
        given().header("Authorization", manager())
                .when().post("/deliveries/" + deliveryId + "/redelivery")
                .then().statusCode(202);
        given().header("Authorization", manager())
                .when().post("/deliveries/" + deliveryId + "/redelivery")
                .then().statusCode(409);
        scheduler.resume("webhook-worker");
        await("the second redelivery arrives with the same webhook-id", WAIT, () -> receiver.requestsFor(id).size() == 2);
        await("the delivery is recorded as delivered again", WAIT, () -> "DELIVERED".equals(support.deliveryStatus(id)));
        assertEquals(2, receiver.requestsFor(id).size(), "the refused third redelivery sent nothing");
    }

    @Test
    void a410GoneDisablesTheSubscriptionAndRaisesANotificationOfItsOwn() throws Exception {
        Receiver receiver = receiver();
        receiver.answer(r -> Receiver.Answer.of(410));
        String team = uniqueTeam();
        WebhookTestSupport.Subscribed sub = support.subscribe(receiver.url(), team);
        String id = support.notify(team, "CR-4001").toString();

        await("the subscription is disabled", WAIT, () -> "DISABLED".equals(
                support.queryString("SELECT status FROM webhook_subscription WHERE id = ?", sub.id())));
        assertEquals(1, receiver.requestsFor(id).size(), "no retry after 410");
        given().header("Authorization", manager()).when().get("/subscriptions/" + sub.id())
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DISABLED"))
                .body("disabledReason", org.hamcrest.Matchers.containsString("410"));
        assertEquals(1, support.queryLong("""
                SELECT count(*) FROM notification_event
                WHERE type = 'subscription.disabled' AND (data ->> 'subscriptionId')::bigint = ?""", sub.id()));

        String later = support.notify(team, "CR-4002").toString();
        await("the later notification is fanned out", WAIT, () -> support.queryLong(
                "SELECT count(*) FROM notification_event WHERE event_id = ?::uuid AND fanned_out", later) == 1);
        assertEquals(0, support.queryLong("SELECT count(*) FROM webhook_delivery WHERE webhook_id = ?", later),
                "a disabled subscription is not given new deliveries");
    }

    @Test
    void aSubscriptionFailingForLongerThanTheConfiguredPeriodIsDisabled() throws Exception {
        Receiver receiver = receiver();
        receiver.answer(r -> Receiver.Answer.of(500));
        String team = uniqueTeam();
        WebhookTestSupport.Subscribed sub = support.subscribe(receiver.url(), team);
        // as if every delivery had failed for six days (the default period is five)
        support.update("UPDATE webhook_subscription SET failing_since = now() - interval '6 days' WHERE id = ?", sub.id());
        support.notify(team, "CR-5001");

        await("the subscription is disabled", WAIT, () -> "DISABLED".equals(
                support.queryString("SELECT status FROM webhook_subscription WHERE id = ?", sub.id())));
        assertTrue(support.queryString("SELECT disabled_reason FROM webhook_subscription WHERE id = ?", sub.id())
                .startsWith("every delivery failed since"));
        JsonPath feed = given().header("Authorization", manager()).when().get("/notifications?limit=500")
                .then().statusCode(200).extract().jsonPath();
        List<Integer> disabledIds = feed.getList("events.findAll { it.type == 'subscription.disabled' }.data.subscriptionId");
        assertTrue(disabledIds.contains((int) sub.id()), "subscription.disabled is in the feed");

        // resuming starts the failure clock afresh
        given().header("Authorization", manager()).when().post("/subscriptions/" + sub.id() + "/resume")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("ACTIVE"))
                .body("failingSince", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void retryAfterOnA429IsHonouredInsteadOfTheSchedule() throws Exception {
        Receiver receiver = receiver();
        receiver.answer(r -> receiver.requestsFor(r.webhookId()).size() == 1
                ? new Receiver.Answer(429, Map.of("Retry-After", "2"), 0)
                : Receiver.Answer.of(200));
        String team = uniqueTeam();
        support.subscribe(receiver.url(), team);
        String id = support.notify(team, "CR-6001").toString();

        await("the retry arrives", WAIT, () -> receiver.requestsFor(id).size() == 2);
        Duration gap = Duration.between(receiver.requestsFor(id).get(0).at(), receiver.requestsFor(id).get(1).at());
        assertTrue(gap.toMillis() >= 1900, "waited as asked, not 150 ms: " + gap);
    }

    @Test
    void aRedirectIsAFailedAttemptAndIsNotFollowed() throws Exception {
        Receiver receiver = receiver();
        receiver.answer(r -> r.path().equals("/hooks")
                ? new Receiver.Answer(307, Map.of("Location", "/elsewhere"), 0)
                : Receiver.Answer.of(200));
        String team = uniqueTeam();
        WebhookTestSupport.Subscribed sub = support.subscribe(receiver.url(), team);
        String id = support.notify(team, "CR-7001").toString();

        await("the delivery is dead-lettered", WAIT, () -> "DEAD".equals(support.deliveryStatus(id)));
        assertTrue(receiver.received.stream().noneMatch(r -> r.path().equals("/elsewhere")));
        JsonPath page = deliveries(sub.id());
        assertEquals(307, page.getInt("deliveries[0].attempts[0].statusCode"));
        assertTrue(page.getString("deliveries[0].attempts[0].error").contains("redirects are not followed"));
    }

    @Test
    void aReceiverSlowerThanTheTimeoutIsAFailedAttemptThenRetried() throws Exception {
        Receiver receiver = receiver();
        receiver.answer(r -> receiver.requestsFor(r.webhookId()).size() == 1
                ? new Receiver.Answer(200, Map.of(), 2600)
                : Receiver.Answer.of(200));
        String team = uniqueTeam();
        WebhookTestSupport.Subscribed sub = support.subscribe(receiver.url(), team);
        String id = support.notify(team, "CR-8001").toString();

        await("the delivery is recorded as delivered", WAIT, () -> "DELIVERED".equals(support.deliveryStatus(id)));
        JsonPath page = deliveries(sub.id());
        assertEquals("no answer within 2000 ms", page.getString("deliveries[0].attempts[0].error"));
        assertNull(page.get("deliveries[0].attempts[0].statusCode"));
        List<String> outcomes = page.getList("deliveries[0].attempts.outcome");
        assertEquals("SUCCESS", outcomes.get(outcomes.size() - 1));
    }

    @Test
    void afterASecretRotationWebhooksAreSignedWithTheNewAndThePreviousSecret() throws Exception {
        Receiver receiver = receiver();
        String team = uniqueTeam();
        WebhookTestSupport.Subscribed sub = support.subscribe(receiver.url(), team);
        String newSecret = given().header("Authorization", manager())
                .when().post("/subscriptions/" + sub.id() + "/secret-rotation")
                .then().statusCode(200)
                .body("previousSecretsExpireAt", org.hamcrest.Matchers.notNullValue())
                .extract().path("secret");
        assertTrue(newSecret.startsWith("whsec_") && !newSecret.equals(sub.secret()));
        String id = support.notify(team, "CR-9001").toString();

        await("the receiver has the notification", WAIT, () -> receiver.requestsFor(id).size() == 1);
        Receiver.Request request = receiver.requestsFor(id).get(0);
        assertEquals(2, request.header("webhook-signature").split(" ").length);
        assertDoesNotThrow(() -> new Webhook(sub.secret()).verify(request.body(), request.headers()));
        assertDoesNotThrow(() -> new Webhook(newSecret).verify(request.body(), request.headers()));

        // once the overlap is over, only the new secret signs
        support.update("UPDATE webhook_secret SET expires_at = now() - interval '1 second' WHERE expires_at IS NOT NULL");
        String next = support.notify(team, "CR-9002").toString();
        await("the receiver has the next notification", WAIT, () -> receiver.requestsFor(next).size() == 1);
        Receiver.Request nextRequest = receiver.requestsFor(next).get(0);
        assertEquals(1, nextRequest.header("webhook-signature").split(" ").length);
        assertDoesNotThrow(() -> new Webhook(newSecret).verify(nextRequest.body(), nextRequest.headers()));
    }

    @Test
    void aDeliveryThatCannotBeSignedIsNeverSentUnsignedAndEndsDeadLettered() throws Exception {
        Receiver receiver = receiver();
        String team = uniqueTeam();
        WebhookTestSupport.Subscribed sub = support.subscribe(receiver.url(), team);
        support.update("UPDATE webhook_secret SET expires_at = now() - interval '1 second' WHERE subscription_id = ?",
                sub.id());
        String id = support.notify(team, "CR-9201").toString();

        await("the delivery is dead-lettered", WAIT, () -> "DEAD".equals(support.deliveryStatus(id)));
        assertEquals(0, receiver.received.size());
        assertEquals("could not be sent (IllegalArgumentException)", deliveries(sub.id()).getString("deliveries[0].lastError"));
    }

    @Test
    void aPausedSubscriptionQueuesItsDeliveriesAndSendsThemOnResume() throws Exception {
        Receiver receiver = receiver();
        String team = uniqueTeam();
        WebhookTestSupport.Subscribed sub = support.subscribe(receiver.url(), team);
        given().header("Authorization", manager()).when().post("/subscriptions/" + sub.id() + "/pause")
                .then().statusCode(200);
        List<String> ids = List.of(support.notify(team, "CR-9301").toString(), support.notify(team, "CR-9302").toString(),
                support.notify(team, "CR-9303").toString());
        await("the deliveries are queued", WAIT, () -> support.queryLong(
                "SELECT count(*) FROM webhook_delivery WHERE subscription_id = ? AND status = 'PENDING'", sub.id()) == 3);

        JsonPath first = given().header("Authorization", manager())
                .when().get("/subscriptions/" + sub.id() + "/deliveries?limit=2")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(ids.subList(0, 2), first.getList("deliveries.webhookId"));
        assertTrue(first.getBoolean("hasMore"));
        JsonPath second = given().header("Authorization", manager())
                .when().get("/subscriptions/" + sub.id() + "/deliveries?limit=2&after=" + first.getLong("lastId"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(ids.subList(2, 3), second.getList("deliveries.webhookId"));
        assertFalse(second.getBoolean("hasMore"));
        assertEquals(0, receiver.received.size(), "nothing is sent while paused");

        given().header("Authorization", manager()).when().post("/subscriptions/" + sub.id() + "/resume")
                .then().statusCode(200);
        await("every queued delivery arrives", WAIT,
                () -> ids.stream().allMatch(id -> receiver.requestsFor(id).size() == 1));
    }

    @Test
    void aPayloadOverTheLimitIsDeadLetteredUnsent() throws Exception {
        Receiver receiver = receiver();
        String team = uniqueTeam();
        support.subscribe(receiver.url(), team);
        String padding = "\"" + "x".repeat(70_000) + "\"";
        String id = QuarkusTransaction.requiringNew().call(() ->
                outbox.record(WebhookTestSupport.notification(team, "CR-9101", padding))).toString();
        String small = support.notify(team, "CR-9102").toString();

        await("the small one arrives", WAIT, () -> receiver.requestsFor(small).size() == 1);
        assertEquals("DEAD", support.deliveryStatus(id));
        assertTrue(support.queryString("SELECT last_error FROM webhook_delivery WHERE webhook_id = ?", id)
                .contains("exceeds the limit of 65536"));
        assertEquals(0, receiver.requestsFor(id).size());
    }

    /** The migrations up to and including {@code lastVersion}, run in a schema of their own. */
    void migrate(java.sql.Statement sql, int fromVersion, int lastVersion) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("src/main/resources/db/migration");
        List<java.nio.file.Path> files;
        try (var list = java.nio.file.Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(java.util.Comparator.comparingInt(WebhookDeliveryTest::version)).toList();
        }
        for (java.nio.file.Path f : files) {
            if (version(f) >= fromVersion && version(f) <= lastVersion) {
                sql.execute(java.nio.file.Files.readString(f));
            }
        }
    }

    static int version(java.nio.file.Path f) {
        String name = f.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    @Test
    void aSubscriptionMadeBeforeOwnersWereKeptStillDeliversEveryYoungPersonAfterTheUpgrade() throws Exception {
        // the upgrade: a subscription made under V20 (no owner roles), then V21
        String migratedRoles;
        String migratedTeams;
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement sql = c.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS upgrade_check CASCADE");
            sql.execute("CREATE SCHEMA upgrade_check");
            sql.execute("SET search_path TO upgrade_check");
            try {
                migrate(sql, 1, 20);
                sql.execute("INSERT INTO webhook_subscription (url, event_types, status, owner, created_at, updated_at) "
                        + "VALUES ('https://cms.example/hooks', '*', 'ACTIVE', 'cms-old', now(), now())");
                migrate(sql, 21, 21);
                try (java.sql.ResultSet rs = sql.executeQuery("SELECT owner_roles, owner_teams FROM webhook_subscription")) {
                    assertTrue(rs.next());
                    migratedRoles = rs.getString(1);
                    migratedTeams = rs.getString(2);
                }
            } finally {
                // the connection goes back to the pool
                sql.execute("SET search_path TO public");
            }
            sql.execute("DROP SCHEMA upgrade_check CASCADE");
        }
        assertEquals("integration", migratedRoles, "what it saw before: every young person");
        assertEquals("", migratedTeams);

        // such a subscription is delivered young people of any team, and ones not projected yet
        Receiver receiver = receiver();
        String team = uniqueTeam();
        WebhookTestSupport.Subscribed sub = support.subscribe(receiver.url(), team);
        support.update("UPDATE webhook_subscription SET owner = 'cms-old', owner_roles = ?, owner_teams = ? WHERE id = ?",
                migratedRoles, migratedTeams, sub.id());
        String in = "CR-UP-" + team;
        support.update("INSERT INTO young_person (case_ref, source_sequence, team) VALUES (?, 1, ?)", in, "elsewhere-" + team);
        String known = support.notify(team, in).toString();
        String unknown = support.notify(team, "CR-UP-NOBODY-" + team).toString();
        await("both notifications are delivered", WAIT,
                () -> receiver.requestsFor(known).size() == 1 && receiver.requestsFor(unknown).size() == 1);
    }
}
