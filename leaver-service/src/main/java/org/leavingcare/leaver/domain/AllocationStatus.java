package org.leavingcare.leaver.domain;

/** Where a young person stands on having a personal adviser, as of a day. */
public enum AllocationStatus {
    NOT_DUE, DUE_SOON, DUE, OVERDUE, ALLOCATED
}
