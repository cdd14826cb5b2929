package org.leavingcare.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification for case-management systems (an alert raised, escalated or resolved), in the order
 * it was committed. Written only through {@link NotificationOutbox}.
 */
@Entity
@Table(name = "notification_event")
public class NotificationEvent extends PanacheEntityBase {

    @Id
    @Column(name = "sequence")
    public Long sequence;

    /** Stable id of the notification: the webhook-id of every delivery of it. */
    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    /** {@code alert.raised}, {@code alert.escalated}, {@code alert.resolved}, ... */
    @Column(name = "type", nullable = false, length = 40)
    public String type;

    @Column(name = "alert_id")
    public Long alertId;

    @Column(name = "case_ref", length = 64)
    public String caseRef;

    @Column(name = "team", length = 64)
    public String team;

    @Column(name = "rule_id", length = 32)
    public String ruleId;

    @Column(name = "disabled")
    public Boolean disabled;

    @Column(name = "uasc")
    public Boolean uasc;

    /** The thin payload's {@code data} object, as JSON: ids, rule, severity, due date, status, links; no names. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    public String data;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** Whether deliveries to the matching subscriptions have been created. */
    @Column(name = "fanned_out", nullable = false)
    public boolean fannedOut;
}
