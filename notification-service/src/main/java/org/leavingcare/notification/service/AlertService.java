package org.leavingcare.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.access.Scope;
import org.leavingcare.notification.audit.AuditContext;
import org.leavingcare.notification.audit.AuditLog;
import org.leavingcare.notification.domain.AlertStatus;
import org.leavingcare.notification.problem.ApiProblem;
import org.leavingcare.notification.repository.AccessFactsStore;
import org.leavingcare.notification.repository.Alert;
import org.leavingcare.notification.repository.AlertRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Reading and acknowledging alerts. Raising, escalating and resolving belong to {@link AlertEvaluator}. */
@ApplicationScoped
@Transactional
public class AlertService {

    @Inject
    AlertRepository alerts;

    @Inject
    Clock clock;

    @Inject
    AccessFactsStore facts;

    @Inject
    AuditContext audit;

    @Inject
    AuditLog auditLog;

    /** The alerts matching the filter among those in scope, in due-date order; total counts only those. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertRepository.Found list(AlertRepository.Filter filter, Scope scope, int page, int size) {
        return alerts.list(filter, scope, page, size);
    }

    /**
     * One alert, if the caller may see its young person; otherwise the same 404 as for an alert that does
     * not exist. The young person is noted for the audit trail either way.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Alert get(long id, Scope scope) {
        Alert alert = alerts.find(id);
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
        alerts.flush();
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
        return alerts.countUnresolved(scope);
    }
}
