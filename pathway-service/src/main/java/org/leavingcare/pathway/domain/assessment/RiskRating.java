package org.leavingcare.pathway.domain.assessment;

/** The assessor's overall rating of risk. */
public enum RiskRating {
    LOW, MEDIUM, HIGH
}
