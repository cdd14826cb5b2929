package org.leavingcare.pathway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.pathway.domain.assessment.AssessmentSection;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentClock;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentState;
import org.leavingcare.pathway.domain.calendar.Age;
import org.leavingcare.pathway.domain.calendar.Birthdays;
import org.leavingcare.pathway.domain.calendar.StatutoryCalendar;
import org.leavingcare.pathway.domain.category.CareHistory;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;
import org.leavingcare.pathway.domain.category.CategoryProjection;
import org.leavingcare.pathway.domain.category.CategorySegment;
import org.leavingcare.pathway.domain.plan.PathwayPlanClock;
import org.leavingcare.pathway.domain.plan.PlanContent;
import org.leavingcare.pathway.domain.plan.PlanStatus;
import org.leavingcare.pathway.repository.AdultTransition;
import org.leavingcare.pathway.repository.CareEpisodeRow;
import org.leavingcare.pathway.repository.ChangeOfCircumstance;
import org.leavingcare.pathway.repository.Immigration;
import org.leavingcare.pathway.repository.IroDecision;
import org.leavingcare.pathway.repository.NeedsAssessment;
import org.leavingcare.pathway.repository.NeedsAssessmentSection;
import org.leavingcare.pathway.repository.PathwayPlan;
import org.leavingcare.pathway.repository.PlanContentJson;
import org.leavingcare.pathway.repository.PlanDispute;
import org.leavingcare.pathway.repository.PlanResponse;
import org.leavingcare.pathway.repository.PlanReview;
import org.leavingcare.pathway.repository.YoungPerson;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Loads everything recorded about a young person and computes, with the domain's rules and this council's
 * settings, what it means as of today: category and timeline, birthdays, deadlines, and the plan's review schedule.
 * Used inside the callers' transactions.
 */
@ApplicationScoped
public class CaseRecordLoader {

    @Inject
    CaseClock caseClock;

    @Inject
    PlanContentJson contents;

    /** The record as of today. */
    public CaseRecord load(YoungPerson person) {
        LocalDate today = caseClock.today();
        StatutoryCalendar calendar = caseClock.calendar();
        List<CareEpisodeRow> episodes = CareEpisodeRow.of(person.id);
        List<NeedsAssessment> assessments = NeedsAssessment.of(person.id);
        List<ChangeOfCircumstance> changes = ChangeOfCircumstance.of(person.id);
        Immigration immigration = Immigration.findById(person.id);
        AdultTransition adultTransition = AdultTransition.findById(person.id);
        CareHistory care = new CareHistory(episodes.stream().map(CareEpisodeRow::toCareEpisode).toList());

        CategoryProjection projection = caseClock.eligibility.project(person.dateOfBirth, care.episodes(),
                person.careLeaverFacts());
        CategorySegment segment = projection.segmentOn(today).orElse(null);

        Birthdays birthdays = Birthdays.of(calendar, person.dateOfBirth);
        LocalDate d16 = birthdays.sixteenth();

        NeedsAssessment latestCompleted = assessments.stream().filter(NeedsAssessment::completed)
                .max(Comparator.comparing((NeedsAssessment a) -> a.completedOn).thenComparing(a -> a.id)).orElse(null);
        LocalDate reassessmentDueOn = caseClock.needsAssessments().reassessmentDueOn(
                latestCompleted == null ? null : latestCompleted.completedOn,
                changes.stream().map(c -> c.occurredOn).toList());
        LocalDate judged = NeedsAssessmentClock.completionJudged(d16, projection.eligibilityDate(),
                assessments.stream().map(a -> a.completedOn).toList());
        NeedsAssessmentState needs = caseClock.needsAssessments().stateOn(today, d16, projection.eligibilityDate(),
                judged, reassessmentDueOn);
        boolean asylumSection = latestCompleted != null
                && NeedsAssessmentSection.written(latestCompleted.id, AssessmentSection.ASYLUM_OR_TRAFFICKING_NEEDS);
        LocalDate startedOn = assessments.isEmpty() ? null : assessments.get(0).startedOn;

        boolean lookedAfter = care.lookedAfterOn(today);
        LocalDate careEndedOn = care.careEndedOn(today);

        CareLeaverCategory category = projection.categoryOn(today);
        PathwayPlan plan = PathwayPlan.of(person.id);
        PlanState planState = plan == null ? null : planState(plan, person, immigration, category,
                care.lookedAfterSince(today), today);
        PlanStatus planStatus = caseClock.plans.planStatus(today, judged, plan != null);

        return new CaseRecord(person, episodes, assessments, changes, immigration, adultTransition, today, projection,
                category, segment == null ? null : segment.from(), birthdays, Age.on(calendar, person.dateOfBirth, today),
                needs, startedOn, asylumSection, lookedAfter, careEndedOn, planState, planStatus);
    }

    PlanState planState(PathwayPlan plan, YoungPerson person, Immigration immigration, CareLeaverCategory category,
                        LocalDate lookedAfterSince, LocalDate today) {
        PathwayPlanClock clock = caseClock.plans;
        PlanContent content = contents.read(plan.content);
        List<PlanReview> reviews = PlanReview.ofPlan(plan.id);
        List<PlanResponse> responses = PlanResponse.ofPlan(plan.id);
        List<IroDecision> decisions = IroDecision.ofPlan(plan.id);
        List<PlanDispute> disputes = PlanDispute.ofPlan(plan.id);

        List<LocalDate> held = reviews.stream().map(r -> r.heldOn).toList();
        LocalDate lastReview = held.stream().max(LocalDate::compareTo).orElse(null);
        LocalDate planStart = plan.firstAgreedOn != null ? plan.firstAgreedOn : plan.createdOn;
        LocalDate nextReviewDue = clock.nextReviewDue(category, lookedAfterSince, planStart, held, plan.reviewRequestedOn,
                content.councilAccommodationFrom());

        boolean agreed = PathwayPlan.AGREED.equals(plan.status);
        List<PlanResponse> forAgreed = responses.stream()
                .filter(r -> plan.agreedVersion != null && plan.agreedVersion.equals(r.planVersion)).toList();
        boolean signed = agreed && !forAgreed.isEmpty() && forAgreed.get(forAgreed.size() - 1).signed;
        IroDecision latest = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        boolean challengeOpen = latest != null && IroDecision.CHALLENGED.equals(latest.decision);

        boolean tripleRequired = PathwayPlanClock.triplePlanRequired(person.uasc,
                immigration == null ? null : immigration.status.name());

        List<PlanState.DisputeState> disputeStates = disputes.stream().map(d -> new PlanState.DisputeState(d,
                d.stage == 1 ? clock.stageOneResponseDue(d.raisedOn) : null)).toList();
        return new PlanState(plan, content, reviews, responses, decisions, disputeStates, lastReview, nextReviewDue,
                clock.reviewStatus(today, nextReviewDue), signed, agreed && forAgreed.isEmpty(),
                latest != null && IroDecision.AGREED.equals(latest.decision), challengeOpen,
                challengeOpen && clock.challengeEscalated(today, latest.decidedOn), tripleRequired,
                content.triplePlanComplete(), content.overdueActions(today));
    }
}
