package org.leavingcare.notification.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.alert.Alert;
import org.leavingcare.notification.alert.AlertStatus;
import org.leavingcare.notification.problem.ApiProblem;
import org.leavingcare.notification.rules.Severity;

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

    /** The filters of GET /alerts; {@code null} means any. */
    public record Filter(AlertStatus status, String ruleId, Severity severity, String team, String caseRef,
                         Boolean disabled, Boolean uasc, LocalDate dueBefore) {
    }

    /** A page of alerts and how many match in all. */
    public record Found(List<Alert> alerts, long total) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Found list(Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.ruleId() != null) {
            where.add("ruleId = :ruleId");
            params.and("ruleId", filter.ruleId());
        }
        if (filter.severity() != null) {
            where.add("severity = :severity");
            params.and("severity", filter.severity());
        }
        if (filter.team() != null) {
            where.add("team = :team");
            params.and("team", filter.team());
        }
        if (filter.caseRef() != null) {
            where.add("caseRef = :caseRef");
            params.and("caseRef", filter.caseRef());
        }
        if (filter.disabled() != null) {
            where.add("disabled = :disabled");
            params.and("disabled", filter.disabled());
        }
        if (filter.uasc() != null) {
            where.add("uasc = :uasc");
            params.and("uasc", filter.uasc());
        }
        if (filter.dueBefore() != null) {
            where.add("dueOn < :dueBefore");
            params.and("dueBefore", filter.dueBefore());
        }
        Sort sort = Sort.by("dueOn").and("id");
        PanacheQuery<Alert> query = where.isEmpty()
                ? Alert.findAll(sort)
                : Alert.find(String.join(" and ", where), sort, params);
        List<Alert> alerts = query.page(Page.of(page, size)).list();
        return new Found(alerts, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Alert get(long id) {
        Alert alert = Alert.findById(id);
        if (alert == null) {
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
    public Alert acknowledge(long id, String by, String note, LocalDate actionBy, String ifMatch) {
        Alert alert = get(id);
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

    /** Unresolved alerts counted by rule, severity, team and status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Map<String, Long>> summary() {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String field : List.of("ruleId", "severity", "team", "status")) {
            Map<String, Long> byValue = new LinkedHashMap<>();
            List<Object[]> rows = em.createQuery("SELECT a." + field + ", count(a) FROM Alert a WHERE a.status <> :resolved "
                            + "GROUP BY a." + field + " ORDER BY a." + field, Object[].class)
                    .setParameter("resolved", AlertStatus.RESOLVED)
                    .getResultList();
            for (Object[] row : rows) {
                byValue.put(row[0] == null ? "(none)" : String.valueOf(row[0]), (Long) row[1]);
            }
            counts.put(field, byValue);
        }
        return counts;
    }
}
