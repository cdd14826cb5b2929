package org.leavingcare.notification.domain.measures.oc3;

/** Why a record is left out of the published figures (EES footnotes; validator rules). */
public enum Oc3Exclusion {
    /** The birthday in the year is not the 17th to 21st (rule 391). */
    NOT_AGED_17_TO_21,
    /** 17 or 18 and still looked after on the birthday, or ceased after it (rules 1007, 1016). */
    STILL_LOOKED_AFTER,
    /** Looked after only under an agreed series of short-term placements. */
    SHORT_BREAKS_ONLY,
    /** Care transferred to another local authority (rule 1011). */
    CARE_TRANSFERRED,
    /** IN_TOUCH = DIED. */
    DIED,
    /** IN_TOUCH = RHOM: returned home for a continuous 6 months or more. */
    RETURNED_HOME
}
