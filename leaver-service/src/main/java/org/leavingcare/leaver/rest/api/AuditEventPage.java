package org.leavingcare.leaver.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the audit trail, newest first; {@code total} counts the rows in the caller's scope matching the filter. */
@Schema(name = "AuditEventPage")
public record AuditEventPage(List<AuditEventView> items, int page, int size, long total) {
}
