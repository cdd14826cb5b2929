package org.leavingcare.pathway.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.access.AccessControl;
import org.leavingcare.pathway.access.Caller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends to the audit trail (docs/access-and-audit.md). A successful write records itself in the write's own
 * transaction ({@link #recordWrite}); everything else is recorded by {@link AuditFilters} once the response
 * is decided, in a transaction of its own ({@link #recordAfter}).
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditContext context;

    @Inject
    AccessControl access;

    @Inject
    EntityManager em;

    /** What one request did, captured on the request's thread so that it can be written on any thread. */
    public record Access(String correlationId, String actor, String actorRoles, String onBehalfOf, String operation,
                         String method, String resource, List<String> caseRefs, String reason) {
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
     * A successful write of {@code caseRef}, in the caller's transaction so that it commits or rolls back with the
     * change. Outside a request (the service's own work) the operation is {@code eventType}. If the row cannot be
     * written, {@link AuditUnavailable}: the change rolls back (fail closed, a 503).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordWrite(String caseRef, String eventType) {
        // the change's own errors (a stale version, a duplicate key) surface here as they would at commit
        em.flush();
        if (!Arc.container().requestContext().isActive() || !context.audited()) {
            Caller caller = access.caller();
            addNow(new Access(logCorrelationId(), caller.subject(), caller.rolesText(), null, eventType, null, null,
                    List.of(caseRef), null), caseRef, "SUCCESS", null);
            return;
        }
        addNow(capture(), caseRef, "SUCCESS", context.successStatus());
        context.written(caseRef);
    }

    /** Inserts the row now, so that a failure is known to be the audit row's. */
    private void addNow(Access access, String caseRef, String outcome, Integer status) {
        try {
            add(access, caseRef, outcome, status);
            em.flush();
        } catch (PersistenceException e) {
            throw new AuditUnavailable(e);
        }
    }

    /** A young person the current request read or wrote (nothing outside a request). */
    public void touched(String caseRef) {
        if (Arc.container().requestContext().isActive()) {
            context.touched(caseRef);
        }
    }

    /** The young people a list returned. */
    public void touched(java.util.Collection<String> caseRefs) {
        caseRefs.forEach(this::touched);
    }

    /** An upsert created the record: its audit row records 201. */
    public void created() {
        if (Arc.container().requestContext().isActive()) {
            context.created();
        }
    }

    /** The current request as the trail records it. */
    public Access capture() {
        return capture(access.caller(), context.correlationId() == null ? "none" : context.correlationId(),
                context.caseRefs());
    }

    /** The current request by {@code caller}, touching {@code caseRefs}; {@code X-On-Behalf-Of} only from services. */
    public Access capture(Caller caller, String correlationId, List<String> caseRefs) {
        String onBehalfOf = caller.has("service") ? context.onBehalfOf() : null;
        return new Access(correlationId, caller.subject(), caller.rolesText(), onBehalfOf, context.operation(),
                context.method(), context.resource(), caseRefs, context.reason());
    }

    /** A request whose outcome is known: one row per young person touched, one with no young person if none. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAfter(Access access, int status) {
        List<String> refs = access.caseRefs().isEmpty() ? new ArrayList<>(java.util.Collections.singletonList(null))
                : access.caseRefs();
        for (String caseRef : refs) {
            add(access, caseRef, outcome(status), status);
        }
    }

    /** The correlation id of the log context (a request's), or "none" for background work. */
    private static String logCorrelationId() {
        String id = org.jboss.logging.MDC.get("correlationId") instanceof String s ? s : null;
        return id == null ? "none" : id;
    }

    private void add(Access access, String caseRef, String outcome, Integer status) {
        AuditEvent event = new AuditEvent();
        // when it really happened, not the (possibly fixed) date the statutory clock computes from
        event.occurredAt = Instant.now();
        event.correlationId = access.correlationId();
        event.actor = access.actor();
        event.actorRoles = access.actorRoles();
        event.onBehalfOf = access.onBehalfOf();
        event.operation = access.operation();
        event.method = access.method();
        event.resource = access.resource();
        event.caseRef = caseRef;
        event.outcome = outcome;
        event.status = status;
        event.reason = access.reason();
        event.persist();
    }
}
