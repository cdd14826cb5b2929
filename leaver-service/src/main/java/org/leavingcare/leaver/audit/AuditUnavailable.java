package org.leavingcare.leaver.audit;

/**
 * The audit row of an access could not be written, so the access does not happen (fail closed): the
 * client gets a 503 problem and nothing of the data; a write is rolled back.
 */
public class AuditUnavailable extends RuntimeException {

    public static final String DETAIL = "The access could not be recorded, so nothing is shown; try again.";

    public AuditUnavailable(Throwable cause) {
        // the cause's message can quote the row: only its class is kept in the message
        super("audit row not written (" + cause.getClass().getName() + ")", cause);
    }
}
