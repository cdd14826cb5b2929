package org.leavingcare.platform.audit;

/**
 * The audit row of an access could not be written, so the access must not happen (fail closed): the write rolls
 * back and the client gets a 503. Carries no message from the database (it could quote the row).
 */
public class AuditUnavailable extends RuntimeException {

    /** What the client is told when a read could not be recorded. */
    public static final String READ_DETAIL = "The access could not be recorded, so nothing is shown; try again.";

    /** What the client is told when a write could not be recorded. */
    public static final String WRITE_DETAIL = "The change could not be recorded, so nothing was changed; try again.";

    public AuditUnavailable(Throwable cause) {
        super("audit row not recorded: " + cause.getClass().getName(), null, false, false);
    }
}
