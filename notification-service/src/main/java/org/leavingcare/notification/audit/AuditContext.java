package org.leavingcare.notification.audit;

import jakarta.enterprise.context.RequestScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the current request did to whom, for the audit trail: the operation (from {@link Audited}),
 * method and path, the young people touched, and whether a successful write already recorded itself in
 * its own transaction. {@link AuditFilter} records the rest once the response is decided.
 */
@RequestScoped
public class AuditContext {

    private String operation;
    private String method;
    private String resource;
    private String correlationId;
    private String onBehalfOf;
    private String reason;
    private final Set<String> caseRefs = new LinkedHashSet<>();
    private boolean recorded;
    private boolean skipWhenEmpty;

    void begin(String operation, String method, String resource, String correlationId, String onBehalfOf,
               String reason) {
        this.operation = operation;
        this.method = method;
        this.resource = resource;
        this.correlationId = correlationId;
        this.onBehalfOf = onBehalfOf;
        this.reason = reason;
    }

    public String correlationId() {
        return correlationId;
    }

    public String onBehalfOf() {
        return onBehalfOf;
    }

    void onBehalfOf(String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }

    public String reason() {
        return reason;
    }

    public String operation() {
        return operation;
    }

    public String method() {
        return method;
    }

    public String resource() {
        return resource;
    }

    /** Notes a young person this request touched (returned, read, or tried to reach). */
    public void touched(String caseRef) {
        if (caseRef != null) {
            caseRefs.add(caseRef);
        }
    }

    public void touchedAll(Iterable<String> refs) {
        refs.forEach(this::touched);
    }

    /** The young people touched, in the order first noted; none means one row with no case reference. */
    public List<String> caseRefs() {
        return new ArrayList<>(caseRefs);
    }

    /** A change-feed page: an empty page writes no audit row (consumers poll every second or two). */
    public void skipWhenEmpty() {
        this.skipWhenEmpty = true;
    }

    public boolean skipsWhenEmpty() {
        return skipWhenEmpty;
    }

    void markRecorded() {
        this.recorded = true;
    }

    public boolean recorded() {
        return recorded;
    }
}
