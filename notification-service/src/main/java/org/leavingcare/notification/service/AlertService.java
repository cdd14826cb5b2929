package org.leavingcare.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.repository.AccessFactsStore;
import org.leavingcare.notification.access.Scope;
import org.leavingcare.notification.repository.Alert;
import org.leavingcare.notification.domain.AlertStatus;
import org.leavingcare.notification.audit.AuditContext;
import org.leavingcare.notification.audit.AuditLog;
import org.leavingcare.notification.problem.ApiProblem;
import org.leavingcare.notification.domain.rules.Severity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading and acknowledging alerts. Raising, escalating and resolving belong to {@link AlertEvaluator}. */
@ApplicationScoped
public class AlertService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccessFactsStore facts;

    @Inject
    AuditContext audit;

    @Inject
    AuditLog auditLog;

    /** The filters of GET /alerts; {@code null} means any. */
    public record Filter(AlertStatus status, String ruleId, Severity severity, String team, String caseRef,
                         Boolean disabled, Boolean uasc, LocalDate dueBefore) {
    }

    /** A page of alerts and how many match in all. */
    public record Found(List<Alert> alerts, long total) {
    }

    /** From the alert (alias a) to the projection rows that decide its scope (aliases y, l). */
    static final String SCOPED_ALERTS = """
            FROM alert a
            LEFT JOIN young_person y ON y.case_ref = a.case_ref
            LEFT JOIN leaver l ON l.case_ref = a.case_ref
            """;

    /** The alerts matching the filter among those in scope, in due-date order; total counts only those. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Found list(Filter filter, Scope scope, int page, int size) {
        Scope.Sql inScope = scope.sql("y", "l");
        List<String> where = new ArrayList<>(List.of(inScope.condition()));
        Map<String, Object> params = new LinkedHashMap<>(inScope.parameters());
        if (filter.status() != null) {
            where.add("a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.ruleId() != null) {
            where.add("a.rule_id = :ruleId");
            params.put("ruleId", filter.ruleId());
        }
        if (filter.severity() != null) {
            where.add("a.severity = :severity");
            params.put("severity", filter.severity().name());
        }
        if (filter.team() != null) {
            where.add("a.team = :team");
            params.put("team", filter.team());
        }
        if (filter.caseRef() != null) {
            where.add("a.case_ref = :caseRef");
            params.put("caseRef", filter.caseRef());
        }
        if (filter.disabled() != null) {
            where.add("a.disabled = :disabled");
            params.put("disabled", filter.disabled());
        }
        if (filter.uasc() != null) {
            where.add("a.uasc = :uasc");
            params.put("uasc", filter.uasc());
        }
        if (filter.dueBefore() != null) {
            where.add("a.due_on < :dueBefore");
            params.put("dueBefore", filter.dueBefore());
        }
        String condition = SCOPED_ALERTS + "WHERE " + String.join(" AND ", where);
        Query select = em.createNativeQuery("SELECT a.* " + condition + " ORDER BY a.due_on, a.id LIMIT :limit OFFSET :offset",
                Alert.class);
        Query count = em.createNativeQuery("SELECT count(*) " + condition, Long.class);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        select.setParameter("limit", size);
        select.setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<Alert> alerts = select.getResultList();
        return new Found(alerts, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * One alert, if the caller may see its young person; otherwise the same 404 as for an alert that does
     * not exist. The young person is noted for the audit trail either way.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Alert get(long id, Scope scope) {
        Alert alert = Alert.findById(id);
        if (alert != null) {
            audit.touched(alert.caseRef);
        }
        if (alert == null || !scope.sees(facts.find(alert.caseRef))) {
            throw ApiProblem.notFound("No alert with id " + id);
        }
        return alert;
    }

    /**
     * Records that {@code by} has seen the alert and what is being done. With {@code ifMatch}, only if
     * the alert is still at that version (412 otherwise). A resolved or already acknowledged alert is a
     * conflict (409); an escalation reopens an acknowledged alert, which can then be acknowledged again.
     */
    @Transactional
    public Alert acknowledge(long id, Scope scope, String by, String note, LocalDate actionBy, String ifMatch) {
        Alert alert = get(id, scope);
        if (ifMatch != null && !ifMatch.equals("*") && !sameVersion(ifMatch, alert.version)) {
            throw ApiProblem.preconditionFailed("The alert has changed since version " + ifMatch
                    + "; the current version is " + alert.etag());
        }
        if (alert.status == AlertStatus.RESOLVED) {
            throw ApiProblem.conflict("Alert " + id + " is resolved: " + alert.resolution);
        }
        if (alert.status == AlertStatus.ACKNOWLEDGED) {
            throw ApiProblem.conflict("Alert " + id + " was already acknowledged by " + alert.acknowledgedBy);
        }
        alert.status = AlertStatus.ACKNOWLEDGED;
        alert.acknowledgedBy = by;
        alert.acknowledgedAt = Instant.now(clock);
        alert.acknowledgementNote = note;
        alert.actionBy = actionBy;
        em.flush();
        auditLog.recordWrite(alert.caseRef, 200);
        return alert;
    }

    private static boolean sameVersion(String ifMatch, long version) {
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        return tag.equals(String.valueOf(version));
    }

    /** Unresolved alerts in scope counted by rule, severity, team and status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Map<String, Long>> summary(Scope scope) {
        Scope.Sql inScope = scope.sql("y", "l");
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("ruleId", "rule_id");
        columns.put("severity", "severity");
        columns.put("team", "team");
        columns.put("status", "status");
        for (Map.Entry<String, String> field : columns.entrySet()) {
            String column = "a." + field.getValue();
            Query query = em.createNativeQuery("SELECT " + column + ", count(*) " + SCOPED_ALERTS
                    + "WHERE a.status <> 'RESOLVED' AND " + inScope.condition()
                    + " GROUP BY " + column + " ORDER BY " + column, Object[].class);
            inScope.parameters().forEach(query::setParameter);
            Map<String, Long> byValue = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            for (Object[] row : rows) {
                byValue.put(row[0] == null ? "(none)" : String.valueOf(row[0]), ((Number) row[1]).longValue());
            }
            counts.put(field.getKey(), byValue);
        }
        return counts;
    }
}
