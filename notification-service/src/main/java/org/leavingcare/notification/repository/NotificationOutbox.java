package org.leavingcare.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes notification events inside the caller's transaction, so a rolled-back alert change notifies
 * nobody and a committed one is never lost.
 */
@ApplicationScoped
public class NotificationOutbox {

    /** Serialises writers so that sequence order is commit order (see docs/change-feeds.md). */
    static final long FEED_LOCK = 0x4e4f544946L;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    /** What an alert change notifies; {@code dataJson} is the payload's {@code data} object. */
    public record Notification(String type, Long alertId, String caseRef, String team, String ruleId,
                               Boolean disabled, Boolean uasc, String dataJson) {
    }

    /** Records one notification; must be called inside the transaction that changed the alert. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(Notification n) {
        return recordAll(List.of(n)).get(0);
    }

    /**
     * Records notifications in the order given, with one statement whatever their number (a sweep batch
     * raises hundreds); must be called inside the transaction that changed the alerts. Returns their
     * event ids (the webhook-ids), in the same order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> recordAll(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return List.of();
        }
        em.flush();
        List<UUID> ids = new ArrayList<>(notifications.size());
        for (int i = 0; i < notifications.size(); i++) {
            ids.add(UUID.randomUUID());
        }
        try (Connection c = dataSource.getConnection()) {
            // held to the commit: sequence order is commit order (docs/change-feeds.md)
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, FEED_LOCK);
                lock.execute();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO notification_event
                        (event_id, type, alert_id, case_ref, team, rule_id, disabled, uasc, data, occurred_at)
                    SELECT n.event_id, n.type, n.alert_id, n.case_ref, n.team, n.rule_id, n.disabled, n.uasc,
                        CAST(n.data AS jsonb), ?
                    FROM unnest(?::uuid[], ?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[],
                                ?::boolean[], ?::boolean[], ?::text[])
                        WITH ORDINALITY AS n(event_id, type, alert_id, case_ref, team, rule_id, disabled, uasc, data, position)
                    ORDER BY n.position""")) {
                insert.setTimestamp(1, Timestamp.from(Instant.now(clock)));
                insert.setArray(2, c.createArrayOf("uuid", ids.toArray()));
                insert.setArray(3, array(c, "varchar", notifications, Notification::type));
                insert.setArray(4, array(c, "bigint", notifications, Notification::alertId));
                insert.setArray(5, array(c, "varchar", notifications, Notification::caseRef));
                insert.setArray(6, array(c, "varchar", notifications, Notification::team));
                insert.setArray(7, array(c, "varchar", notifications, Notification::ruleId));
                insert.setArray(8, array(c, "boolean", notifications, Notification::disabled));
                insert.setArray(9, array(c, "boolean", notifications, Notification::uasc));
                insert.setArray(10, array(c, "text", notifications, Notification::dataJson));
                int written = insert.executeUpdate();
                if (written != notifications.size()) {
                    throw new IllegalStateException("wrote " + written + " of " + notifications.size() + " notifications");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record notifications", e);
        }
        return ids;
    }

    private static Array array(Connection c, String type, List<Notification> notifications,
                               Function<Notification, Object> value) throws SQLException {
        return c.createArrayOf(type, notifications.stream().map(value).toArray());
    }
}
