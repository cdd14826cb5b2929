package org.leavingcare.pathway.domain.plan;

/** Where a pathway plan's next review stands. */
public enum ReviewStatus {
    ON_TRACK, DUE_SOON, OVERDUE
}
