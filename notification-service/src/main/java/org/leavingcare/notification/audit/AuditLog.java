package org.leavingcare.notification.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.leavingcare.notification.access.Caller;
import org.leavingcare.notification.access.Callers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * Appends to the audit trail ({@code audit_event}). Successful writes record themselves with
 * {@link #recordWrite} in their own transaction; everything else is recorded by {@link AuditFilter}
 * with {@link #recordInNewTransaction} once the response is decided. Background work (webhook
 * deliveries) records as {@value #SERVICE_ACTOR}.
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of this service's own work. */
    public static final String SERVICE_ACTOR = "notification-service";

    /** The roles of this service's own work. */
    public static final String SERVICE_ROLES = "service";

    private static final String INSERT = """
            INSERT INTO audit_event (occurred_at, correlation_id, actor, actor_roles, on_behalf_of, operation, method,
                resource, case_ref, outcome, status, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    EntityManager em;

    @Inject
    AuditContext context;

    @Inject
    Callers callers;

    /**
     * Records the current request's successful write of {@code caseRef}, answered with {@code status}, in the
     * caller's transaction (so the change and its audit row commit or roll back together). If the row cannot
     * be written the write fails with {@link AuditUnavailableException} (503), never a 500.
     */
    public void recordWrite(String caseRef, int status) {
        Caller caller = callers.current();
        context.touched(caseRef);
        try {
            insert(List.of(new AuditRow(Instant.now(), context.correlationId(), caller.subject(), caller.rolesText(),
                    context.onBehalfOf(), context.operation(), context.method(), context.resource(), caseRef,
                    Outcome.of(status), status, context.reason())));
        } catch (RuntimeException e) {
            Log.errorf("The audit trail could not be written (%s); correlation id %s", e.getClass().getName(),
                    context.correlationId());
            throw new AuditUnavailableException();
        }
        context.markRecorded();
    }

    /** Records this service's own disclosure (e.g. a webhook delivery) in the caller's transaction. */
    public void recordBackground(String correlationId, String operation, String method, String resource,
                                 String caseRef, int status) {
        insert(List.of(new AuditRow(Instant.now(), correlationId, SERVICE_ACTOR, SERVICE_ROLES, null, operation, method,
                resource, caseRef, Outcome.of(status), status, null)));
    }

    /** Records rows in a transaction of their own (reads, refused and failed requests). */
    public void recordInNewTransaction(List<AuditRow> rows) {
        QuarkusTransaction.requiringNew().run(() -> insert(rows));
    }

    /** Appends rows on the current transaction's connection. */
    public void insert(List<AuditRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> insert(c, rows));
    }

    static void insert(Connection c, List<AuditRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (AuditRow row : rows) {
                int i = 1;
                ps.setTimestamp(i++, Timestamp.from(row.occurredAt()));
                ps.setString(i++, row.correlationId());
                ps.setString(i++, row.actor());
                ps.setString(i++, row.actorRoles());
                ps.setString(i++, row.onBehalfOf());
                ps.setString(i++, row.operation());
                ps.setString(i++, row.method());
                ps.setString(i++, row.resource());
                if (row.caseRef() == null) {
                    ps.setNull(i++, Types.VARCHAR);
                } else {
                    ps.setString(i++, row.caseRef());
                }
                ps.setString(i++, row.outcome().name());
                ps.setInt(i++, row.status());
                ps.setString(i, row.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
