package org.leavingcare.notification.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

/** Unresolved alerts counted by rule, severity and team: the manager's morning view. */
@Schema(name = "AlertSummary", example = "{\"asOf\": \"2026-03-01\", \"unresolved\": 5, \"byRule\": {\"A1\": 3, \"A22\": 2}, "
        + "\"bySeverity\": {\"OVERDUE\": 3, \"CRITICAL\": 2}, \"byTeam\": {\"north\": 5}, "
        + "\"byStatus\": {\"OPEN\": 4, \"ACKNOWLEDGED\": 1}}")
public record AlertSummary(LocalDate asOf, long unresolved, Map<String, Long> byRule, Map<String, Long> bySeverity,
                           Map<String, Long> byTeam, Map<String, Long> byStatus) {
}
