package org.leavingcare.notification.audit;

import java.time.Instant;

/** A row to append to the audit trail (see {@link AuditEvent} for the columns). */
public record AuditRow(Instant occurredAt, String correlationId, String actor, String actorRoles, String onBehalfOf,
                       String operation, String method, String resource, String caseRef, Outcome outcome, int status,
                       String reason) {
}
