package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.leaver.audit.AuditEvent;

import java.time.Instant;

/** One row of the audit trail. */
@Schema(name = "AuditEvent", example = """
        {"id": 41, "occurredAt": "2026-03-01T09:12:03.120Z", "correlationId": "3f1c0a52-1d5e-4a43-9a0e-8c1f0d2b7e11",
         "actor": "pa-7", "actorRoles": "personal-adviser", "onBehalfOf": null, "operation": "contact.record",
         "method": "POST", "resource": "/young-people/CR-1001/contacts", "caseRef": "CR-1001", "outcome": "SUCCESS",
         "status": 201, "reason": null}""")
public record AuditEventView(long id, Instant occurredAt, String correlationId, String actor, String actorRoles,
                             String onBehalfOf, String operation, String method, String resource, String caseRef,
                             @Schema(enumeration = {"SUCCESS", "NOT_FOUND", "DENIED", "REJECTED", "FAILED"}) String outcome,
                             int status, String reason) {

    public static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.correlationId, e.actor, e.actorRoles, e.onBehalfOf, e.operation,
                e.method, e.resource, e.caseRef, e.outcome, e.status, e.reason);
    }
}
