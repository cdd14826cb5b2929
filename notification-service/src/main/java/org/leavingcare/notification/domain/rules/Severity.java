package org.leavingcare.notification.domain.rules;

/** How pressing an alert is, in rising order: an alert escalates when its severity rises. */
public enum Severity {
    /** The deadline is near and the duty is not yet met. */
    UPCOMING,
    /** Today is the deadline (or the duty is due now). */
    DUE,
    /** The deadline has passed. */
    OVERDUE,
    /** Long overdue, or a failure the rule treats as critical from the start. */
    CRITICAL;

    public boolean isAbove(Severity other) {
        return compareTo(other) > 0;
    }
}
