package org.leavingcare.pathway.service;

import org.leavingcare.pathway.repository.ChangeOfCircumstance;
import org.leavingcare.pathway.repository.NeedsAssessment;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;
import org.leavingcare.pathway.domain.category.CategoryProjection;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentState;
import org.leavingcare.pathway.domain.plan.PlanStatus;
import org.leavingcare.pathway.repository.AdultTransition;
import org.leavingcare.pathway.repository.Immigration;
import org.leavingcare.pathway.repository.CareEpisodeRow;
import org.leavingcare.pathway.repository.YoungPerson;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything recorded about one young person and what the suite computes from it as of {@code today}.
 *
 * @param categorySince          the first day of today's category segment (null before the timeline starts)
 * @param startedOn              when the first needs assessment was started
 * @param asylumSectionCompleted whether the latest completed assessment has the reg 42(2)(ba) section
 * @param lookedAfter            looked after today under any episode (short breaks included)
 * @param careEndedOn            when the last episode ended, if none is open
 * @param plan                   the pathway plan and what is computed from it, or null
 * @param planStatus             PP-1: whether a plan is owed
 */
public record CaseRecord(YoungPerson person, List<CareEpisodeRow> episodes, List<NeedsAssessment> assessments,
                         List<ChangeOfCircumstance> changes, Immigration immigration, AdultTransition adultTransition,
                         LocalDate today, CategoryProjection projection, CareLeaverCategory category,
                         LocalDate categorySince, Birthdays birthdays, Age age, NeedsAssessmentState needs,
                         LocalDate startedOn, boolean asylumSectionCompleted, boolean lookedAfter, LocalDate careEndedOn,
                         PlanState plan, PlanStatus planStatus) {

    /** The birthdays the rules turn on (C-1). */
    public record Birthdays(LocalDate sixteenth, LocalDate seventeenAndAHalf, LocalDate eighteenth, LocalDate twentyFirst,
                            LocalDate twentyFifth) {
    }

    /** Age in whole years and months. */
    public record Age(int years, int months) {
    }
}
