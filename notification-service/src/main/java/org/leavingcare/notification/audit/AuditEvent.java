package org.leavingcare.notification.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One row of the append-only audit trail ({@code audit_event}): who did what to which young person,
 * when, and how it ended. Written only by {@link AuditLog} (plain inserts); a trigger refuses UPDATE
 * and DELETE. This entity is only read.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "correlation_id", nullable = false, length = 64)
    public String correlationId;

    @Column(name = "actor", nullable = false, length = 64)
    public String actor;

    @Column(name = "actor_roles", nullable = false, columnDefinition = "text")
    public String actorRoles;

    @Column(name = "on_behalf_of", length = 64)
    public String onBehalfOf;

    @Column(name = "operation", nullable = false, length = 64)
    public String operation;

    @Column(name = "method", nullable = false, length = 10)
    public String method;

    @Column(name = "resource", nullable = false, length = 500)
    public String resource;

    @Column(name = "case_ref", length = 64)
    public String caseRef;

    @Column(name = "outcome", nullable = false, length = 16)
    public String outcome;

    @Column(name = "status", nullable = false)
    public Integer status;

    @Column(name = "reason", length = 200)
    public String reason;
}
