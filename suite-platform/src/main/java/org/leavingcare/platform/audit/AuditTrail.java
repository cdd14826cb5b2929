package org.leavingcare.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.leavingcare.platform.access.Caller;
import org.leavingcare.platform.access.Scope;
import org.leavingcare.platform.access.ScopedYoungPeople;
import org.leavingcare.platform.rest.PageRequest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the audit trail for managers, scoped: rows about young people they may see; rows about no young person
 * only for managers of the whole service.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    ScopedYoungPeople scoped;

    /** The filters of {@code GET /audit-events}; null means any. {@code to} is exclusive. */
    public record Filter(String caseRef, String actor, String correlationId, Instant from, Instant to) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditEventView.Page search(Caller caller, Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE ");
        Map<String, Object> parameters = new HashMap<>();
        if (caller.seesEverything()) {
            where.append("TRUE");
        } else {
            Scope.Condition scope = scoped.inScope(caller, "e.case_ref");
            where.append("e.case_ref IS NOT NULL AND ").append(scope.where());
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
            parameters.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND e.occurred_at < :to");
            parameters.put("to", Timestamp.from(filter.to()));
        }
        Query count = em.createNativeQuery("SELECT count(*) FROM audit_event e" + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        Query rows = em.createNativeQuery("SELECT e.id, e.occurred_at, e.correlation_id, e.actor, e.actor_roles,"
                + " e.on_behalf_of, e.operation, e.method, e.resource, e.case_ref, e.outcome, e.status, e.reason"
                + " FROM audit_event e" + where + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit OFFSET :offset");
        parameters.forEach(rows::setParameter);
        rows.setParameter("limit", page.size());
        rows.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        return new AuditEventView.Page(result.stream().map(AuditTrail::view).toList(), page.page(), page.size(), total);
    }

    private static AuditEventView view(Object[] r) {
        return new AuditEventView(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                Outcome.valueOf((String) r[10]), r[11] == null ? null : ((Number) r[11]).intValue(), (String) r[12]);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
