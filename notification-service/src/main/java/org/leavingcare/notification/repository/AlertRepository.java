package org.leavingcare.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.leavingcare.notification.access.Scope;
import org.leavingcare.notification.domain.AlertStatus;
import org.leavingcare.notification.domain.rules.Severity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts as the API reads them: pages and counts limited to a caller's scope in SQL (joined to the
 * projection as it is now), and single alerts by id. Raising, escalating and resolving write through
 * {@link AlertBatches}.
 */
@ApplicationScoped
public class AlertRepository {

    @Inject
    EntityManager em;

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

    /** The alert with this id, or {@code null}. */
    public Alert find(long id) {
        return Alert.findById(id);
    }

    /** Writes a changed alert now, so that its new version is known before the transaction ends. */
    public void flush() {
        em.flush();
    }

    /** Unresolved alerts in scope counted by rule, severity, team and status. */
    public Map<String, Map<String, Long>> countUnresolved(Scope scope) {
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
