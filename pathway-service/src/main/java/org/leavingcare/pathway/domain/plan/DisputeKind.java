package org.leavingcare.pathway.domain.plan;

/** PP-10: what the young person raised about the plan. */
public enum DisputeKind {
    DISAGREEMENT, COMPLAINT
}
