package org.leavingcare.platform.audit;

/** How a request ended, as the audit trail records it. */
public enum Outcome {
    /** Below 400. */
    SUCCESS,
    /** 404, out of scope or missing alike. */
    NOT_FOUND,
    /** 403. */
    DENIED,
    /** Any other 4xx. */
    REJECTED,
    /** 5xx. */
    FAILED;

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
