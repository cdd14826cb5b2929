package org.leavingcare.notification.audit;

/** How a request ended, from its HTTP status (docs/access-and-audit.md). */
public enum Outcome {
    SUCCESS, NOT_FOUND, DENIED, REJECTED, FAILED;

    public static Outcome of(int status) {
        if (status >= 200 && status < 300) {
            return SUCCESS;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status == 403) {
            return DENIED;
        }
        if (status >= 400 && status < 500) {
            return REJECTED;
        }
        return status >= 500 ? FAILED : SUCCESS;
    }
}
