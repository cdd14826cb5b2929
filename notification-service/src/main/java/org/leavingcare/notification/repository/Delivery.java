package org.leavingcare.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One notification to be delivered to one subscription, kept with its outcome (the delivery outbox). */
@Entity
@Table(name = "webhook_delivery")
public class Delivery extends PanacheEntityBase {

    public enum Status { PENDING, DELIVERED, DEAD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "subscription_id", nullable = false)
    public Long subscriptionId;

    @Column(name = "event_sequence", nullable = false)
    public Long eventSequence;

    /** The Standard Webhooks message id, the same on every attempt: receivers deduplicate by it. */
    @Column(name = "webhook_id", nullable = false, length = 64)
    public String webhookId;

    @Column(name = "event_type", nullable = false, length = 40)
    public String eventType;

    /** The exact body sent, fixed at fan-out so every attempt signs the same bytes. */
    @Column(name = "payload", nullable = false, columnDefinition = "text")
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    public Status status;

    @Column(name = "attempt_count", nullable = false)
    public int attemptCount;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error", length = 200)
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
