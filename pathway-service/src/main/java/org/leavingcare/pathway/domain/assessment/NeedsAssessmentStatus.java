package org.leavingcare.pathway.domain.assessment;

/** Where a young person's needs assessment stands on a given day (rules.md NA-1, NA-6). */
public enum NeedsAssessmentStatus {
    /** Not an eligible child yet, so no assessment is due. */
    NOT_DUE,
    /** Eligible, not completed, the deadline more than the warning period away. */
    DUE,
    /** Eligible, not completed, the deadline within the warning period. */
    DUE_SOON,
    /** Not completed and the deadline has passed. */
    OVERDUE,
    /** Completed (on time or late), and no reassessment is due since. */
    COMPLETED
}
