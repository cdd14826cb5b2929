package org.leavingcare.leaver.domain;

/** Keeping in touch as of a day. */
public enum ContactStatus {
    /** No adviser and no contact yet: nothing to measure from. */
    NOT_STARTED,
    ON_TRACK,
    DUE_SOON,
    OVERDUE,
    /** PA-7: no successful contact for the configured period; contact must be re-established. */
    LOST_TOUCH,
    /** The adviser duty is over (PA-3: the 21st birthday, or the end of the timeline that needs one): nothing is due. */
    DUTY_ENDED
}
