package org.leavingcare.pathway.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentStatus;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;
import org.leavingcare.pathway.domain.plan.PlanStatus;
import org.leavingcare.pathway.repository.YoungPerson;
import org.leavingcare.pathway.service.YoungPersonLine;

import java.time.LocalDate;

/** A line of the young-people list, with today's category and needs-assessment status. */
@Schema(name = "YoungPersonSummary")
public record YoungPersonSummary(String caseRef, String givenName, String familyName, LocalDate dateOfBirth,
                                 String team, String socialWorker, String reviewingOfficer, boolean disabled, boolean uasc, boolean complexNeeds,
                                 CareLeaverCategory category, LocalDate eligibilityDate, LocalDate needsAssessmentDueOn,
                                 NeedsAssessmentStatus needsAssessmentStatus, LocalDate reassessmentDueOn,
                                 @Schema(description = "PP-1") PlanStatus pathwayPlanStatus) {

    public static YoungPersonSummary of(YoungPersonLine line) {
        YoungPerson p = line.person();
        return new YoungPersonSummary(p.caseRef, p.givenName, p.familyName, p.dateOfBirth, p.team, p.socialWorker,
                p.reviewingOfficer, p.disabled, p.uasc, p.complexNeeds, line.category(), p.eligibilityDate,
                p.needsAssessmentDueOn, line.needsAssessmentStatus(), p.reassessmentDueOn, line.pathwayPlanStatus());
    }
}
