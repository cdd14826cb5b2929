package org.leavingcare.pathway.domain.transition;

/** DIS-1: adult social care's decision after a Care Act s58 assessment. */
public enum AdultServicesDecision {
    ELIGIBLE_FOR_ADULT_CARE, NOT_ELIGIBLE, DEFERRED
}
