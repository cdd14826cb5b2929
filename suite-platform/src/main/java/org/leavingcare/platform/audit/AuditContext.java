package org.leavingcare.platform.audit;

import jakarta.enterprise.context.RequestScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the current request has done for the audit trail: the audited operation, the young
 * people it touched, and whether a successful write already recorded itself in its own transaction.
 */
@RequestScoped
public class AuditContext {

    private String operation;
    private boolean skipEmpty;
    private int successStatus = 200;
    private String method;
    private String resource;
    private String reason;
    private String onBehalfOf;
    private final Set<String> caseRefs = new LinkedHashSet<>();
    private final Set<String> written = new LinkedHashSet<>();

    /** Called before the resource method runs. */
    public void request(String operation, boolean skipEmpty, boolean creates, String method, String resource, String reason,
                        String onBehalfOf) {
        this.operation = operation;
        this.skipEmpty = skipEmpty;
        this.successStatus = creates ? 201 : 200;
        this.method = method;
        this.resource = resource;
        this.reason = reason;
        this.onBehalfOf = onBehalfOf;
    }

    public boolean audited() {
        return operation != null;
    }

    public String operation() {
        return operation;
    }

    public boolean skipEmpty() {
        return skipEmpty;
    }

    /** The status a successful call answers: what the write's own audit row records. */
    public int successStatus() {
        return successStatus;
    }

    /** An upsert created the record: 201. */
    public void created() {
        successStatus = 201;
    }

    public String method() {
        return method;
    }

    public String resource() {
        return resource;
    }

    public String reason() {
        return reason;
    }

    public String onBehalfOf() {
        return onBehalfOf;
    }

    /** A young person this request read or wrote. */
    public void touched(String caseRef) {
        if (caseRef != null) {
            caseRefs.add(caseRef);
        }
    }

    public List<String> caseRefs() {
        return new ArrayList<>(caseRefs);
    }

    /** A write recorded its audit row in its own transaction. */
    public void written(String caseRef) {
        written.add(caseRef);
        touched(caseRef);
    }

    public boolean writeRecorded() {
        return !written.isEmpty();
    }
}
