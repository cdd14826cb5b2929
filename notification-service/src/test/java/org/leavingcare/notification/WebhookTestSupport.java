package org.leavingcare.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.notification.repository.NotificationOutbox;
import org.leavingcare.testsupport.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;

/** What the webhook tests share: subscribing over the API, recording notifications, polling, cleaning up. */
@ApplicationScoped
public class WebhookTestSupport {

    @Inject
    NotificationOutbox outbox;

    @Inject
    DataSource dataSource;

    public static String manager() {
        return TestTokens.bearer("manager", "m-1", "north");
    }

    public static String integration(String subject) {
        return TestTokens.bearer("integration", subject);
    }

    /** A subscription created over the API; {@code team} keeps other tests' notifications out of it. */
    public record Subscribed(long id, String secret) {
    }

    /** A manager of the whole service: a subscription delivers only what its creator may see. */
    public static String wholeServiceManager() {
        return TestTokens.bearer("manager", "m-head", "*");
    }

    public Subscribed subscribe(String url, String team) {
        JsonPath created = given().header("Authorization", wholeServiceManager()).contentType(ContentType.JSON)
                .body("""
                        {"url": "%s", "eventTypes": ["*"], "filters": {"team": "%s"}, "description": "test"}"""
                        .formatted(url, team))
                .when().post("/subscriptions")
                .then().statusCode(201).extract().jsonPath();
        return new Subscribed(created.getLong("id"), created.getString("secret"));
    }

    /** Records an alert notification in its own committed transaction, as the alert engine does. */
    public UUID notify(String team, String caseRef) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.record(notification(team, caseRef, "{}")));
    }

    public static NotificationOutbox.Notification notification(String team, String caseRef, String extra) {
        String data = """
                {"alertId": 7, "rule": "A12", "caseRef": "%s", "severity": "HIGH", "dueOn": "2026-03-14",
                 "status": "OPEN", "links": {"alert": "/alerts/7"}, "extra": %s}""".formatted(caseRef, extra);
        return new NotificationOutbox.Notification("alert.raised", 7L, caseRef, team, "A12", true, false, data);
    }

    public static String uniqueTeam() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what);
            }
        }
    }

    public long queryLong(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String queryString(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public java.util.List<String> queryStrings(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            java.util.List<String> values = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every notification is fanned out, then removes every subscription (and deliveries). */
    public void cleanUp() {
        await("every notification is fanned out", Duration.ofSeconds(10),
                () -> queryLong("SELECT count(*) FROM notification_event WHERE NOT fanned_out") == 0);
        update("DELETE FROM webhook_subscription");
    }

    public String deliveryStatus(String webhookId) {
        return queryString("SELECT status FROM webhook_delivery WHERE webhook_id = ?", webhookId);
    }
}
