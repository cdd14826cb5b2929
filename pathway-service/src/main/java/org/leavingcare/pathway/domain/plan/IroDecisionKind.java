package org.leavingcare.pathway.domain.plan;

/** The IRO's position on the plan: agreement, or a challenge with a reason. */
public enum IroDecisionKind {
    AGREED, CHALLENGED
}
