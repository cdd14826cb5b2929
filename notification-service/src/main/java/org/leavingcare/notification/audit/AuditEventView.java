package org.leavingcare.notification.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One row of the audit trail, as {@code GET /audit-events} shows it. */
@Schema(name = "AuditEvent")
public record AuditEventView(long id, Instant occurredAt, String correlationId, String actor, String actorRoles,
                             String onBehalfOf, String operation, String method, String resource, String caseRef,
                             String outcome, int status, String reason) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.correlationId, e.actor, e.actorRoles, e.onBehalfOf,
                e.operation, e.method, e.resource, e.caseRef, e.outcome, e.status, e.reason);
    }

    /** A page of the trail, newest first. */
    @Schema(name = "AuditEventPage")
    public record Page(List<AuditEventView> items, int page, int size, long total) {
    }
}
