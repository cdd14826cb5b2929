package org.leavingcare.pathway.domain.transition;

/** Immigration status of a UASC or migrant young person (rules.md §8). */
public enum ImmigrationStatus {
    ASYLUM_CLAIM_PENDING, UASC_LEAVE, REFUGEE_STATUS, HUMANITARIAN_PROTECTION, LIMITED_LEAVE,
    INDEFINITE_LEAVE_TO_REMAIN, BRITISH_CITIZEN, APPEAL_RIGHTS_EXHAUSTED, OTHER
}
