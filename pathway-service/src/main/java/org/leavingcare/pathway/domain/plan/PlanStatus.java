package org.leavingcare.pathway.domain.plan;

/** PP-1: whether a pathway plan is owed after the needs assessment. */
public enum PlanStatus {
    /** No completed needs assessment yet. */
    NOT_DUE,
    /** Assessment completed, plan due within the configured days. */
    DUE,
    /** Assessment completed and no plan started within the configured days. */
    PLAN_OVERDUE,
    /** A plan exists. */
    STARTED
}
