package org.leavingcare.pathway.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One access to one young person's data (docs/access-and-audit.md); append-only, a trigger refuses changes. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "correlation_id", nullable = false, length = 64)
    public String correlationId;

    @Column(name = "actor", nullable = false, length = 64)
    public String actor;

    // TEXT: identity providers can put many long group ids in a token
    @Column(name = "actor_roles", nullable = false, columnDefinition = "text")
    public String actorRoles;

    @Column(name = "on_behalf_of", length = 64)
    public String onBehalfOf;

    @Column(name = "operation", nullable = false, length = 64)
    public String operation;

    @Column(name = "method", length = 10)
    public String method;

    @Column(name = "resource", length = 500)
    public String resource;

    @Column(name = "case_ref", length = 64)
    public String caseRef;

    @Column(name = "outcome", nullable = false, length = 16)
    public String outcome;

    @Column(name = "status")
    public Integer status;

    @Column(name = "reason", length = 200)
    public String reason;
}
