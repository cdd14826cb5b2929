package org.leavingcare.notification.domain.measures;

/** Where a deadline stands at the end of a period (docs/measures.md §2.1). */
public enum Outcome {
    /** Met in the period on or before its due date. */
    ON_TIME,
    /** Met in the period after its due date. */
    LATE,
    /** Not met by the end of the period, and not yet due. */
    OPEN,
    /** Due and not met by the end of the period (or lapsed unmet after falling due in the period). */
    OVERDUE
}
