package org.leavingcare.pathway.service;

import org.leavingcare.pathway.domain.assessment.NeedsAssessmentStatus;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;
import org.leavingcare.pathway.domain.plan.PlanStatus;
import org.leavingcare.pathway.repository.YoungPerson;

/** A line of the young-people list: the stored record with today's category and statuses. */
public record YoungPersonLine(YoungPerson person, CareLeaverCategory category, NeedsAssessmentStatus needsAssessmentStatus,
                              PlanStatus pathwayPlanStatus) {
}
