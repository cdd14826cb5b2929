package org.leavingcare.pathway.service;

import org.leavingcare.pathway.domain.assessment.NeedsAssessmentClock;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentState;
import org.leavingcare.pathway.domain.calendar.Age;
import org.leavingcare.pathway.domain.calendar.Birthdays;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;
import org.leavingcare.pathway.domain.category.CategoryProjection;
import org.leavingcare.pathway.domain.plan.PlanStatus;
import org.leavingcare.pathway.repository.AdultTransition;
import org.leavingcare.pathway.repository.CareEpisodeRow;
import org.leavingcare.pathway.repository.ChangeOfCircumstance;
import org.leavingcare.pathway.repository.Immigration;
import org.leavingcare.pathway.repository.NeedsAssessment;
import org.leavingcare.pathway.repository.YoungPerson;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

    /** NA-1, A1: the completion the first deadline is judged on (null if none counts). */
    public LocalDate completionJudged() {
        return NeedsAssessmentClock.completionJudged(birthdays.sixteenth(), projection.eligibilityDate(),
                assessments.stream().map(a -> a.completedOn).toList());
    }

    /**
     * The {@code completedOn} the record and the feed show: the completion NA-1 is judged on, else the first one
     * (which, being before the window, consumers judge as not done for NA-1, as this service does).
     */
    public LocalDate completedOnShown() {
        LocalDate judged = completionJudged();
        return judged != null ? judged
                : assessments.stream().map(a -> a.completedOn).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }
}
