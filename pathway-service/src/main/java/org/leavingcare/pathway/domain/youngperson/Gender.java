package org.leavingcare.pathway.domain.youngperson;

/** Gender as recorded by the case-management system (SSDA903 SEX: 1 male, 2 female). */
public enum Gender {
    MALE, FEMALE, OTHER, NOT_KNOWN
}
