package org.leavingcare.pathway.domain.transition;

/** UASC-3: the outcome of a Merton-compliant age assessment. */
public enum AgeAssessmentOutcome {
    PENDING, CLAIMED_AGE_ACCEPTED, ASSESSED_OLDER_STILL_A_CHILD, ASSESSED_AS_ADULT
}
