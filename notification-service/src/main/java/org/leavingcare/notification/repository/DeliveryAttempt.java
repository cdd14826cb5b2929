package org.leavingcare.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One HTTP attempt at a delivery: when, the answer's status code (if any), how long it took, what failed. */
@Entity
@Table(name = "webhook_attempt")
public class DeliveryAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "delivery_id", nullable = false)
    public Long deliveryId;

    @Column(name = "attempt_no", nullable = false)
    public int attemptNo;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "latency_ms", nullable = false)
    public long latencyMs;

    /** SUCCESS or FAILURE. */
    @Column(name = "outcome", nullable = false, length = 16)
    public String outcome;

    @Column(name = "error", length = 200)
    public String error;
}
