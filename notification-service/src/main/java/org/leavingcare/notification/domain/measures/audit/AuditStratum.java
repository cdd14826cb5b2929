package org.leavingcare.notification.domain.measures.audit;

/**
 * The strata a case-audit sample is drawn from, in priority order: a young person with an open breach
 * is in the first stratum whatever else is true; otherwise disabled, then unaccompanied, then other.
 */
public enum AuditStratum {
    OPEN_BREACH,
    DISABLED,
    UNACCOMPANIED,
    OTHER;

    public static AuditStratum of(AuditCandidate c) {
        if (c.openBreaches() > 0) {
            return OPEN_BREACH;
        }
        if (c.disabled()) {
            return DISABLED;
        }
        return c.uasc() ? UNACCOMPANIED : OTHER;
    }
}
