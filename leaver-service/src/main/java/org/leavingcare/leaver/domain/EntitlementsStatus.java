package org.leavingcare.leaver.domain;

/** Whether the local offer and the young person's rights have been explained, as of a day. */
public enum EntitlementsStatus {
    /** Not a care leaver on the timeline, or not yet near the age. */
    NOT_DUE,
    DUE_SOON,
    OVERDUE,
    EXPLAINED
}
