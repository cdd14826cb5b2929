package org.leavingcare.notification.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.notification.domain.AlertStatus;
import org.leavingcare.notification.domain.rules.Rule;
import org.leavingcare.notification.domain.rules.Severity;
import org.leavingcare.notification.repository.Alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An alert as the API shows it: no names, no dates of birth; the case reference links to the record. */
@Schema(name = "Alert", description = "A rule found a young person's duty due or overdue",
        example = "{\"id\": 17, \"rule\": \"A1\", \"ruleTitle\": \"Needs assessment due soon or overdue\", "
                + "\"caseRef\": \"CR-1001\", \"team\": \"north\", \"severity\": \"OVERDUE\", \"breach\": false, "
                + "\"dueOn\": \"2026-02-14\", \"status\": \"OPEN\", \"disabled\": true, \"uasc\": false, "
                + "\"firstRaisedAt\": \"2026-01-17T05:30:00Z\", \"lastEvaluatedAt\": \"2026-03-01T05:30:00Z\", "
                + "\"links\": {\"self\": \"/alerts/17\", \"rule\": \"/rules/A1\"}}")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertView(long id, String rule, String ruleTitle, String caseRef, String team, Severity severity,
                        boolean breach, LocalDate dueOn, AlertStatus status, boolean disabled, boolean uasc,
                        Instant firstRaisedAt, Instant lastEvaluatedAt, Instant escalatedAt,
                        Acknowledgement acknowledgement, Resolution resolution, Map<String, String> links) {

    @Schema(name = "AlertAcknowledgement", example = "{\"by\": \"sw-17\", \"at\": \"2026-03-01T09:12:00Z\", "
            + "\"note\": \"Assessment booked\", \"actionBy\": \"2026-03-10\"}")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Acknowledgement(String by, Instant at, String note, LocalDate actionBy) {
    }

    @Schema(name = "AlertResolution", example = "{\"at\": \"2026-03-02T05:30:00Z\", "
            + "\"reason\": \"Condition cleared on 2026-03-02: the needs assessment was completed\"}")
    public record Resolution(Instant at, String reason) {
    }

    public static AlertView of(Alert a, Rule rule) {
        Acknowledgement ack = a.acknowledgedAt == null ? null
                : new Acknowledgement(a.acknowledgedBy, a.acknowledgedAt, a.acknowledgementNote, a.actionBy);
        Resolution resolution = a.resolvedAt == null ? null : new Resolution(a.resolvedAt, a.resolution);
        return new AlertView(a.id, a.ruleId, rule == null ? null : rule.title(), a.caseRef, a.team, a.severity, a.breach,
                a.dueOn, a.status, a.disabled, a.uasc, a.firstRaisedAt, a.lastEvaluatedAt, a.escalatedAt, ack, resolution,
                Map.of("self", "/alerts/" + a.id, "rule", "/rules/" + a.ruleId));
    }
}
