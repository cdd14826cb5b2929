package org.leavingcare.notification.domain;

/** An alert's lifecycle. */
public enum AlertStatus {
    /** Raised (or re-raised, or escalated) and not yet acknowledged. */
    OPEN,
    /** Someone has seen it and said what is being done (who, when, a note). */
    ACKNOWLEDGED,
    /** The condition cleared: resolved automatically, with when and why. */
    RESOLVED
}
