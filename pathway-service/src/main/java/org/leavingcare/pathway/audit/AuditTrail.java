package org.leavingcare.pathway.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.access.AccessControl;
import org.leavingcare.pathway.access.Caller;
import org.leavingcare.pathway.access.Scope;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit trail for managers, scoped: rows about young people they may see; rows about none for the whole service. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    AccessControl access;

    /** The filters of {@code GET /audit-events}; null means any. {@code to} is exclusive. */
    public record Filter(String caseRef, String actor, String correlationId, Instant from, Instant to) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditEventView.Page search(Filter filter, int page, int size) {
        Caller caller = access.caller();
        StringBuilder where = new StringBuilder(" WHERE ");
        Map<String, Object> parameters = new HashMap<>();
        if (caller.seesEverything()) {
            where.append("TRUE");
        } else {
            Scope.Sql scope = Scope.sql(caller, "y");
            where.append("e.case_ref IS NOT NULL AND EXISTS (SELECT 1 FROM young_person y WHERE y.case_ref = e.case_ref AND ")
                    .append(scope.condition()).append(")");
            parameters.putAll(scope.parameters());
        }
        if (filter.caseRef() != null) {
            where.append(" AND e.case_ref = :caseRef");
            parameters.put("caseRef", filter.caseRef());
        }
        if (filter.actor() != null) {
            where.append(" AND e.actor = :actor");
            parameters.put("actor", filter.actor());
        }
        if (filter.correlationId() != null) {
            where.append(" AND e.correlation_id = :correlationId");
            parameters.put("correlationId", filter.correlationId());
        }
        if (filter.from() != null) {
            where.append(" AND e.occurred_at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND e.occurred_at < :to");
            parameters.put("to", filter.to());
        }
        var count = em.createNativeQuery("SELECT count(*) FROM audit_event e" + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        var rows = em.createNativeQuery("SELECT e.* FROM audit_event e" + where
                + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit OFFSET :offset", AuditEvent.class);
        parameters.forEach(rows::setParameter);
        rows.setParameter("limit", size);
        rows.setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<AuditEvent> events = rows.getResultList();
        return new AuditEventView.Page(events.stream().map(AuditEventView::of).toList(), page, size, total);
    }
}
