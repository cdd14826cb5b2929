package org.leavingcare.notification.repository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavingcare.notification.WebhookTestSupport;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leavingcare.notification.WebhookTestSupport.notification;
import static org.leavingcare.notification.WebhookTestSupport.uniqueTeam;

/** The outbox writes a batch's notifications with one statement: each once, in order, or none if rolled back. */
@QuarkusTest
class OutboxBatchTest {

    @Inject
    NotificationOutbox outbox;

    @Inject
    WebhookTestSupport support;

    @AfterEach
    void cleanUp() {
        support.cleanUp();
    }

    @Test
    void aBatchIsWrittenInTheOrderGivenOneEventPerNotification() {
        String team = uniqueTeam();
        NotificationOutbox.Notification disabled = new NotificationOutbox.Notification("subscription.disabled", null,
                null, team, null, null, null, "{\"subscriptionId\": 9, \"reason\": \"410 Gone\"}");
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> outbox.recordAll(List.of(
                notification(team, "CR-B1", "1"), notification(team, "CR-B2", "2"), disabled)));

        assertEquals(3, ids.size());
        assertEquals(3, ids.stream().distinct().count());
        assertEquals(3, support.queryLong("SELECT count(*) FROM notification_event WHERE team = ?", team));
        assertEquals("CR-B1", support.queryString("SELECT case_ref FROM notification_event WHERE event_id = ?", ids.get(0)));
        assertEquals("CR-B2", support.queryString("SELECT data->>'caseRef' FROM notification_event WHERE event_id = ?", ids.get(1)));
        assertEquals("subscription.disabled", support.queryString("SELECT type FROM notification_event WHERE event_id = ?", ids.get(2)));
        assertNull(support.queryString("SELECT alert_id FROM notification_event WHERE event_id = ?", ids.get(2)));
        assertEquals("2026-03-01 12:00:00+00", support.queryString(
                "SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00' FROM notification_event WHERE event_id = ?",
                ids.get(0)));
        long first = support.queryLong("SELECT sequence FROM notification_event WHERE event_id = ?", ids.get(0));
        long second = support.queryLong("SELECT sequence FROM notification_event WHERE event_id = ?", ids.get(1));
        long third = support.queryLong("SELECT sequence FROM notification_event WHERE event_id = ?", ids.get(2));
        assertTrue(first < second && second < third, "sequence follows the order given");
    }

    @Test
    void aRolledBackBatchRecordsNothing() {
        String team = uniqueTeam();
        QuarkusTransaction.begin();
        try {
            outbox.recordAll(List.of(notification(team, "CR-R1", "1"), notification(team, "CR-R2", "2")));
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(0, support.queryLong("SELECT count(*) FROM notification_event WHERE team = ?", team));
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> outbox.recordAll(List.of())));
    }
}
