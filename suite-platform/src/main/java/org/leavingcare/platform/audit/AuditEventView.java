package org.leavingcare.platform.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One row of the audit trail as {@code GET /audit-events} shows it. */
@Schema(name = "AuditEvent", description = "One access to one young person's data (or to none)")
public record AuditEventView(long id, Instant occurredAt, String correlationId, String actor, String actorRoles,
                             @Schema(nullable = true) String onBehalfOf, String operation,
                             @Schema(nullable = true) String method, @Schema(nullable = true) String resource,
                             @Schema(nullable = true) String caseRef, Outcome outcome,
                             @Schema(nullable = true) Integer status, @Schema(nullable = true) String reason) {

    /** A page of the trail, newest first. */
    @Schema(name = "AuditEventPage")
    public record Page(List<AuditEventView> items, int page, int size, long total) {
    }
}
