package org.leavingcare.pathway.domain.assessment;

/** NA-6: the significant changes in circumstances that make a reassessment due. */
public enum CircumstanceKind {
    PLACEMENT_MOVE, PLACEMENT_BREAKDOWN, CUSTODY, PREGNANCY_OR_PARENTHOOD, MISSING_EPISODE, IMMIGRATION_DECISION,
    DISABILITY_IDENTIFIED, OTHER
}
