package org.leavingcare.notification.audit;

/** How a request ended, from its HTTP status (docs/access-and-audit.md). */
public enum Outcome {
    SUCCESS, NOT_FOUND, DENIED, REJECTED, FAILED;

    /** Below 400 success; 404 not found; 403 denied; other 4xx rejected; 5xx failed. */
    public static Outcome of(int status) {
        if (status < 400) {
            return SUCCESS;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status == 403) {
            return DENIED;
        }
        return status < 500 ? REJECTED : FAILED;
    }
}
