package org.leavingcare.pathway.repository;

import org.leavingcare.pathway.domain.assessment.NeedsAssessmentStatus;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;
import org.leavingcare.pathway.domain.plan.PlanStatus;

import java.time.LocalDate;

/** The filters of the young-people list; null means "any". */
public record YoungPersonFilter(CareLeaverCategory category, String team, Boolean disabled, Boolean uasc,
                                NeedsAssessmentStatus needsAssessmentStatus, LocalDate dueBefore, LocalDate dueAfter,
                                PlanStatus pathwayPlanStatus) {
}
