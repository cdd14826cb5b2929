package org.leavingcare.pathway.assessment;

/** The assessor's overall rating of risk. */
public enum RiskRating {
    LOW, MEDIUM, HIGH
}
