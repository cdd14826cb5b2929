package org.leavingcare.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.leavingcare.notification.domain.AlertStatus;
import org.leavingcare.notification.domain.rules.Severity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One alert: a rule that found a young person's duty due or overdue, once per (rule, caseRef, due
 * date). Raised, escalated and resolved by the evaluation (AlertEvaluator, in SQL through
 * {@link AlertBatches}); acknowledged through the API. Holds no names and no dates of birth.
 */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {

    /** Assigned by the evaluator from {@code alert_id_seq}. */
    @Id
    @Column(name = "id")
    public Long id;

    @Column(name = "rule_id", nullable = false, length = 32)
    public String ruleId;

    @Column(name = "case_ref", nullable = false, length = 64)
    public String caseRef;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "team", length = 64)
    public String team;

    @Column(name = "disabled", nullable = false)
    public boolean disabled;

    @Column(name = "uasc", nullable = false)
    public boolean uasc;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 16)
    public Severity severity;

    @Column(name = "breach", nullable = false)
    public boolean breach;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    public AlertStatus status;

    @Column(name = "first_raised_at", nullable = false)
    public Instant firstRaisedAt;

    @Column(name = "last_evaluated_at", nullable = false)
    public Instant lastEvaluatedAt;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "acknowledged_by", length = 128)
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    /** Free text: shown to those who may read the alert, never logged. */
    @Column(name = "acknowledgement_note", length = 2000)
    public String acknowledgementNote;

    /** The date the acknowledging worker expects to have acted by. */
    @Column(name = "action_by")
    public LocalDate actionBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolution", length = 300)
    public String resolution;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public String etag() {
        return "\"" + version + "\"";
    }
}
