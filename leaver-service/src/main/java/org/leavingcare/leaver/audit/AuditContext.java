package org.leavingcare.leaver.audit;

import jakarta.enterprise.context.RequestScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the current request does to young people's data: the operation (from {@link Audited}), the case
 * references it touched, and whether the write path already recorded its audit rows.
 */
@RequestScoped
public class AuditContext {

    private Audited audited;
    private String method;
    private String resource;
    private String reason;
    private String onBehalfOf;
    private List<String> caseRefs;
    private boolean recorded;

    void start(Audited audited, String method, String resource, String reason, String onBehalfOf) {
        this.audited = audited;
        this.method = method;
        this.resource = resource;
        this.reason = reason;
        this.onBehalfOf = onBehalfOf;
    }

    /** The young people the request touched, in order (a list: each one returned; none: an empty list). */
    public void touched(List<String> refs) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>(caseRefs == null ? List.of() : caseRefs);
        distinct.addAll(refs);
        caseRefs = new ArrayList<>(distinct);
    }

    /** The young person the request touched. */
    public void touched(String caseRef) {
        touched(List.of(caseRef));
    }

    Audited audited() {
        return audited;
    }

    String method() {
        return method;
    }

    String resource() {
        return resource;
    }

    String reason() {
        return reason;
    }

    String onBehalfOf() {
        return onBehalfOf;
    }

    List<String> caseRefs() {
        return caseRefs;
    }

    boolean recorded() {
        return recorded;
    }

    void markRecorded() {
        recorded = true;
    }
}
