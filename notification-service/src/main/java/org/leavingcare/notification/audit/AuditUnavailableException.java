package org.leavingcare.notification.audit;

/**
 * The audit row of a write could not be written, so the write is rolled back and the client is answered
 * 503 (docs/access-and-audit.md: fail closed). Carries no message: the cause may quote values.
 */
public class AuditUnavailableException extends RuntimeException {

    public AuditUnavailableException() {
        super("the audit trail could not be written", null, false, false);
    }
}
