package org.leavingcare.platform.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.leavingcare.platform.access.Caller;
import org.leavingcare.platform.access.CurrentCaller;
import org.leavingcare.platform.correlation.CorrelationIds;
import org.leavingcare.platform.correlation.RequestCorrelation;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Appends to the audit trail (docs/access-and-audit.md), one row per young person touched. A successful write
 * records itself in the write's own transaction ({@link #recordWrite}); everything else is recorded by
 * {@link AuditFilters} once the response is decided, in a transaction of its own ({@link #recordAfter}). Each
 * request's rows are one statement, however many young people a list returned.
 */
@ApplicationScoped
public class AuditLog {

    static final String INSERT = "INSERT INTO audit_event (occurred_at, correlation_id, actor, actor_roles, on_behalf_of,"
            + " operation, method, resource, case_ref, outcome, status, reason)"
            + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, case_ref, ?, ?, ? FROM unnest(?::varchar[]) AS touched(case_ref)";

    @Inject
    AuditContext context;

    @Inject
    CurrentCaller callers;

    @Inject
    EntityManager em;

    @Inject
    RequestCorrelation correlation;

    /** What one request did, captured on the request's thread so that it can be written on any thread. */
    public record Access(String correlationId, String actor, String actorRoles, String onBehalfOf, String operation,
                         String method, String resource, List<String> caseRefs, String reason) {
    }

    /**
     * A successful write of {@code caseRef}, in the caller's transaction so that it commits or rolls back with the
     * change. Outside a request (the service's own work) the operation is {@code backgroundOperation}. If the row
     * cannot be written, {@link AuditUnavailable}: the change rolls back (fail closed, a 503).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordWrite(String caseRef, String backgroundOperation) {
        recordWrites(List.of(caseRef), backgroundOperation);
    }

    /** {@link #recordWrite} for several young people changed by one piece of work (an import batch, say). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordWrites(Collection<String> caseRefs, String backgroundOperation) {
        if (caseRefs.isEmpty()) {
            return;
        }
        // the change's own errors (a stale version, a duplicate key) surface here as they would at commit
        em.flush();
        List<String> refs = List.copyOf(caseRefs);
        if (!Arc.container().requestContext().isActive() || !context.audited()) {
            Caller caller = callers.get();
            insertNow(new Access(CorrelationIds.current(), caller.subject(), caller.rolesText(), null,
                    backgroundOperation, null, null, refs, null), Outcome.SUCCESS, null);
            return;
        }
        insertNow(capture(callers.get(), correlationId(), refs), Outcome.SUCCESS, context.successStatus());
        refs.forEach(context::written);
    }

    private void insertNow(Access access, Outcome outcome, Integer status) {
        try {
            insert(access, outcome, status);
        } catch (PersistenceException | IllegalStateException e) {
            throw new AuditUnavailable(e);
        }
    }

    /** A young person the current request read or wrote (nothing outside a request). */
    public void touched(String caseRef) {
        if (caseRef != null && Arc.container().requestContext().isActive()) {
            context.touched(caseRef);
        }
    }

    /** The young people a list returned. */
    public void touched(Collection<String> caseRefs) {
        caseRefs.forEach(this::touched);
    }

    /** An upsert created the record: its audit row records 201. */
    public void created() {
        if (Arc.container().requestContext().isActive()) {
            context.created();
        }
    }

    /** The current request by {@code caller}, touching {@code caseRefs}; {@code X-On-Behalf-Of} only from services. */
    public Access capture(Caller caller, String correlationId, List<String> caseRefs) {
        String onBehalfOf = caller.has(Caller.SERVICE) ? context.onBehalfOf() : null;
        return new Access(correlationId, caller.subject(), caller.rolesText(), onBehalfOf, context.operation(),
                context.method(), context.resource(), caseRefs, context.reason());
    }

    private String correlationId() {
        String id = correlation.id();
        return id == null ? CorrelationIds.current() : id;
    }

    /** A request whose outcome is known: one row per young person touched, one with no young person if none. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAfter(Access access, int status) {
        insert(access, Outcome.of(status), status);
    }

    private void insert(Access access, Outcome outcome, Integer status) {
        List<String> refs = access.caseRefs().isEmpty() ? new ArrayList<>(Collections.singletonList(null))
                : access.caseRefs();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                // when it really happened, not the (possibly fixed) date the statutory clock computes from
                insert.setTimestamp(1, Timestamp.from(Instant.now()));
                insert.setString(2, access.correlationId());
                insert.setString(3, access.actor());
                insert.setString(4, access.actorRoles());
                insert.setString(5, access.onBehalfOf());
                insert.setString(6, access.operation());
                insert.setString(7, access.method());
                insert.setString(8, access.resource());
                insert.setString(9, outcome.name());
                if (status == null) {
                    insert.setNull(10, Types.INTEGER);
                } else {
                    insert.setInt(10, status);
                }
                insert.setString(11, access.reason());
                Array array = connection.createArrayOf("varchar", refs.toArray());
                insert.setArray(12, array);
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new PersistenceException("audit insert failed: " + e.getClass().getName());
            }
        });
    }
}
