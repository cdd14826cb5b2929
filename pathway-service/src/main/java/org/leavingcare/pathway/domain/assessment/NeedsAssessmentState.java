package org.leavingcare.pathway.domain.assessment;

import java.time.LocalDate;

/**
 * A needs assessment's deadline and status on a given day.
 *
 * @param dueOn             NA-1: the deadline for the first assessment, {@code null} if the young person is never eligible
 * @param status            the status on the day asked
 * @param daysLate          when completed: days after {@code dueOn} the first assessment was completed (0 if on time)
 * @param reassessmentDueOn NA-6: the deadline of a reassessment a change of circumstance made due, if one is pending
 */
public record NeedsAssessmentState(LocalDate dueOn, NeedsAssessmentStatus status, Integer daysLate,
                                   LocalDate reassessmentDueOn) {
}
