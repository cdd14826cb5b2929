package org.leavingcare.leaver.audit;

import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.access.Caller;
import org.leavingcare.leaver.access.CurrentCaller;
import org.leavingcare.leaver.access.Scope;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only audit trail (docs/access-and-audit.md): one row per young person a request touched.
 * A successful write records itself in its own transaction ({@link #written}); everything else is
 * recorded by {@link AuditFilters} once the response is decided, in a transaction of its own.
 * Times are real instants, not the service's (possibly fixed) calendar clock.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditContext context;

    @Inject
    CurrentCaller caller;

    @Inject
    EntityManager em;

    /** One row to append. */
    public record Row(Instant occurredAt, String correlationId, String actor, String actorRoles, String onBehalfOf,
                      String operation, String method, String resource, String caseRef, String outcome, int status,
                      String reason) {
    }

    /** SUCCESS (below 400), NOT_FOUND (404), DENIED (403), REJECTED (other 4xx), FAILED (5xx). */
    public static String outcome(int status) {
        if (status < 400) {
            return "SUCCESS";
        }
        if (status == 404) {
            return "NOT_FOUND";
        }
        if (status == 403) {
            return "DENIED";
        }
        return status >= 400 && status < 500 ? "REJECTED" : "FAILED";
    }

    /**
     * A successful write of a young person's data, recorded in the write's transaction so that the change
     * and its audit row commit or roll back together. Outside an audited request it does nothing. The write's
     * own changes are flushed first, so that a failure to insert the row is told apart from the write's: the
     * write is rolled back and the client gets a 503 ({@link AuditUnavailable}), never a 500.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void written(String caseRef) {
        if (!Arc.container().requestContext().isActive() || context.audited() == null) {
            return;
        }
        em.flush();
        Caller who = caller.caller();
        int status = context.audited().successStatus();
        try {
            persist(new Row(Instant.now(), CorrelationIds.current(), who.subject(), who.rolesText(),
                    who.hasRole(Caller.SERVICE) ? context.onBehalfOf() : null,
                    context.audited().value(), context.method(), context.resource(), caseRef, outcome(status), status,
                    context.reason()));
            em.flush();
        } catch (PersistenceException e) {
            throw new AuditUnavailable(e);
        }
        context.touched(caseRef);
        context.markRecorded();
    }

    /** Rows of a read, or of a refused or failed request, in a transaction of their own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(List<Row> rows) {
        rows.forEach(this::persist);
    }

    /**
     * {@link #record} that never throws: true when the rows are written; otherwise false, and only the
     * exception's class and the correlation id are logged (its message can quote the row).
     */
    public boolean tryRecord(List<Row> rows) {
        try {
            record(rows);
            return true;
        } catch (RuntimeException e) {
            Log.errorf("audit rows of %s could not be written (%s), correlation id %s",
                    rows.isEmpty() ? "?" : rows.get(0).operation(), e.getClass().getName(),
                    rows.isEmpty() ? "?" : rows.get(0).correlationId());
            return false;
        }
    }

    private void persist(Row row) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = row.occurredAt();
        event.correlationId = row.correlationId();
        event.actor = row.actor();
        event.actorRoles = row.actorRoles();
        event.onBehalfOf = row.onBehalfOf();
        event.operation = row.operation();
        event.method = row.method();
        event.resource = row.resource();
        event.caseRef = row.caseRef();
        event.outcome = row.outcome();
        event.status = row.status();
        event.reason = row.reason();
        em.persist(event);
    }

    /** A filter of the trail; null parts are not filtered on. */
    public record Query(String caseRef, String actor, String correlationId, Instant from, Instant to) {
    }

    /** A page of the trail, newest first, and how many rows the filter matches in the scope. */
    public record Page(List<AuditEvent> rows, long total) {
    }

    /**
     * The rows about young people in {@code scope} (rows about no young person, or one this service does not
     * know, only when the scope is everything), filtered, newest first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page search(Query query, Scope scope, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope.everything()) {
            Scope.Clause clause = scope.jpql("p");
            where.append(" and e.caseRef is not null and exists (select 1 from YoungPerson p where p.caseRef = e.caseRef and ")
                    .append(clause.where()).append(')');
            params.putAll(clause.parameters());
        }
        if (query.caseRef() != null) {
            where.append(" and e.caseRef = :caseRef");
            params.put("caseRef", query.caseRef());
        }
        if (query.actor() != null) {
            where.append(" and e.actor = :actor");
            params.put("actor", query.actor());
        }
        if (query.correlationId() != null) {
            where.append(" and e.correlationId = :correlationId");
            params.put("correlationId", query.correlationId());
        }
        if (query.from() != null) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and e.occurredAt <= :to");
            params.put("to", query.to());
        }
        var count = em.createQuery("select count(e) from AuditEvent e where " + where, Long.class);
        var rows = em.createQuery("select e from AuditEvent e where " + where + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        return new Page(rows.setFirstResult(page * size).setMaxResults(size).getResultList(), count.getSingleResult());
    }
}
