package org.leavingcare.notification.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

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
    Clock clock;

    /** What an alert change notifies; {@code dataJson} is the payload's {@code data} object. */
    public record Notification(String type, Long alertId, String caseRef, String team, String ruleId,
                               Boolean disabled, Boolean uasc, String dataJson) {
    }

    /** Records one notification; must be called inside the transaction that changed the alert. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(Notification n) {
        em.flush();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, FEED_LOCK).getSingleResult();
        UUID eventId = UUID.randomUUID();
        em.createNativeQuery("""
                        INSERT INTO notification_event
                            (event_id, type, alert_id, case_ref, team, rule_id, disabled, uasc, data, occurred_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS jsonb), ?10)""")
                .setParameter(1, eventId)
                .setParameter(2, n.type())
                .setParameter(3, n.alertId())
                .setParameter(4, n.caseRef())
                .setParameter(5, n.team())
                .setParameter(6, n.ruleId())
                .setParameter(7, n.disabled())
                .setParameter(8, n.uasc())
                .setParameter(9, n.dataJson())
                .setParameter(10, Instant.now(clock))
                .executeUpdate();
        return eventId;
    }
}
