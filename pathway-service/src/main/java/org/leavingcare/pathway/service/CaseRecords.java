package org.leavingcare.pathway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.access.AccessControl;
import org.leavingcare.pathway.domain.assessment.AssessmentSection;
import org.leavingcare.pathway.audit.AuditLog;
import org.leavingcare.pathway.repository.ChangeOfCircumstance;
import org.leavingcare.pathway.repository.NeedsAssessment;
import org.leavingcare.pathway.repository.NeedsAssessmentSection;
import org.leavingcare.pathway.feed.ChangeFeed;
import org.leavingcare.pathway.repository.IroDecision;
import org.leavingcare.pathway.repository.PathwayPlan;
import org.leavingcare.pathway.rest.api.PathwayPlanContent;
import org.leavingcare.pathway.repository.PlanDispute;
import org.leavingcare.pathway.repository.PlanResponse;
import org.leavingcare.pathway.repository.PlanReview;
import org.leavingcare.pathway.domain.plan.PlanSection;
import org.leavingcare.pathway.problem.ApiProblem;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;
import org.leavingcare.pathway.domain.plan.PathwayPlanClock;
import org.leavingcare.pathway.domain.plan.PlanStatus;
import org.leavingcare.pathway.domain.category.CategoryProjection;
import org.leavingcare.pathway.domain.category.CategorySegment;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentClock;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentState;
import org.leavingcare.pathway.domain.calendar.StatutoryCalendar;
import org.leavingcare.pathway.repository.AdultTransition;
import org.leavingcare.pathway.repository.Immigration;
import org.leavingcare.pathway.repository.CareEpisodeRow;
import org.leavingcare.pathway.repository.CategoryPeriod;
import org.leavingcare.pathway.repository.YoungPerson;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Loads a young person's record, computes the category and deadlines, keeps the stored copies of them current
 * and publishes each change to the feed. Used inside the callers' transactions.
 */
@ApplicationScoped
public class CaseRecords {

    @Inject
    CaseClock caseClock;

    @Inject
    EntityManager em;

    @Inject
    ChangeFeed feed;

    @Inject
    Snapshots snapshots;

    @Inject
    ObjectMapper json;

    @Inject
    AuditLog audit;

    @Inject
    AccessControl access;

    /** The young person, if the caller may see them: 404 otherwise, exactly as if there were none. */
    public YoungPerson find(String caseRef) {
        YoungPerson person = YoungPerson.findByCaseRef(caseRef).orElseThrow(() -> AccessControl.notFound(caseRef));
        access.requireInScope(person);
        audit.touched(caseRef);
        return person;
    }

    /**
     * The young person, locked for this transaction, after checking {@code If-Match}; the version is raised so
     * that every change to the record or its parts gives a new ETag.
     */
    public YoungPerson forUpdate(String caseRef, String ifMatch, String by) {
        YoungPerson person = find(caseRef);
        // wait for any other writer of this young person, then check the version they may have changed
        em.refresh(person, LockModeType.PESSIMISTIC_WRITE);
        requireMatch(person, ifMatch);
        em.lock(person, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        person.updatedBy = by;
        person.updatedAt = Instant.now(caseClock.clock);
        return person;
    }

    static void requireMatch(YoungPerson person, String ifMatch) {
        requireMatch(person.version, ifMatch, "record");
    }

    /** 412 unless {@code ifMatch} is absent, {@code *}, or names {@code version} (quoted or weak forms accepted). */
    public static void requireMatch(long version, String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String wanted = ifMatch.trim();
        if (wanted.startsWith("W/")) {
            wanted = wanted.substring(2);
        }
        wanted = wanted.replace("\"", "");
        if (!wanted.equals(String.valueOf(version))) {
            throw ApiProblem.preconditionFailed("The " + what + " has changed since version " + ifMatch.trim()
                    + "; the current version is \"" + version + "\"");
        }
    }

    /** Recomputes, stores the computed columns and timeline, and appends {@code eventType} to the change feed. */
    public CaseRecord publish(YoungPerson person, String eventType) {
        CaseRecord record = load(person);
        person.eligibilityDate = record.projection().eligibilityDate();
        person.needsAssessmentDueOn = record.needs().dueOn();
        person.needsAssessmentCompletedOn = completionJudged(record);
        person.reassessmentDueOn = record.needs().reassessmentDueOn();
        CategoryPeriod.delete("youngPersonId", person.id);
        for (CategorySegment segment : record.projection().timeline()) {
            CategoryPeriod period = new CategoryPeriod();
            period.youngPersonId = person.id;
            period.category = segment.category();
            period.fromDate = segment.from();
            period.untilDate = segment.until();
            period.persist();
        }
        audit.recordWrite(person.caseRef, eventType);
        em.flush();
        storePlanColumns(record);
        feed.append(eventType, person.caseRef, snapshots.of(record));
        return record;
    }

    /**
     * Stores what the managers' list filters and sorts on (next review, signature) with the day until which it
     * holds: the next review depends on the clock only through the category, so it holds until the category
     * next changes. A plain update: the columns are derived, so writing them does not change the plan's ETag.
     */
    void storePlanColumns(CaseRecord record) {
        PlanState plan = record.plan();
        if (plan == null) {
            return;
        }
        List<CategorySegment> timeline = record.projection().timeline();
        LocalDate fixedUntil = record.projection().segmentOn(record.today()).map(CategorySegment::until)
                .orElse(timeline.isEmpty() ? null : timeline.get(0).from());
        em.createNativeQuery("UPDATE pathway_plan SET next_review_due = ?1, signed_by_young_person = ?2,"
                        + " review_due_fixed_until = ?3 WHERE id = ?4")
                .setParameter(1, plan.nextReviewDue())
                .setParameter(2, plan.signedByYoungPerson())
                .setParameter(3, fixedUntil)
                .setParameter(4, plan.plan().id)
                .executeUpdate();
    }

    /**
     * Recomputes the stored plan columns of a young person whose category has changed with time since the last
     * write, in a transaction of its own; skipped if a writer holds the record (its own write stores them).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refreshPlanColumns(long youngPersonId) {
        List<?> locked = em.createNativeQuery("SELECT id FROM young_person WHERE id = ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, youngPersonId).getResultList();
        if (locked.isEmpty()) {
            return;
        }
        YoungPerson person = YoungPerson.findById(youngPersonId);
        storePlanColumns(load(person));
    }

    /** The record as of today. */
    public CaseRecord load(YoungPerson person) {
        LocalDate today = caseClock.today();
        StatutoryCalendar calendar = caseClock.calendar();
        List<CareEpisodeRow> episodes = CareEpisodeRow.of(person);
        List<NeedsAssessment> assessments = NeedsAssessment.of(person.id);
        List<ChangeOfCircumstance> changes = ChangeOfCircumstance.of(person.id);
        Immigration immigration = Immigration.findById(person.id);
        AdultTransition adultTransition = AdultTransition.findById(person.id);

        CategoryProjection projection = caseClock.eligibility.project(person.dateOfBirth,
                episodes.stream().map(CareEpisodeRow::toCareEpisode).toList(), person.careLeaverFacts());
        CategorySegment segment = projection.segmentOn(today).orElse(null);

        LocalDate d16 = calendar.birthday(person.dateOfBirth, 16);
        CaseRecord.Birthdays birthdays = new CaseRecord.Birthdays(d16, calendar.seventeenAndAHalf(person.dateOfBirth),
                calendar.birthday(person.dateOfBirth, 18), calendar.birthday(person.dateOfBirth, 21),
                calendar.birthday(person.dateOfBirth, 25));

        NeedsAssessment latestCompleted = assessments.stream().filter(NeedsAssessment::completed)
                .max(Comparator.comparing((NeedsAssessment a) -> a.completedOn).thenComparing(a -> a.id)).orElse(null);
        LocalDate reassessmentDueOn = caseClock.needsAssessments().reassessmentDueOn(
                latestCompleted == null ? null : latestCompleted.completedOn,
                changes.stream().map(c -> c.occurredOn).toList());
        LocalDate judged = NeedsAssessmentClock.completionJudged(d16, projection.eligibilityDate(),
                assessments.stream().map(a -> a.completedOn).toList());
        NeedsAssessmentState needs = caseClock.needsAssessments().stateOn(today, d16, projection.eligibilityDate(),
                judged, reassessmentDueOn);
        boolean asylumSection = latestCompleted != null && NeedsAssessmentSection.count(
                "needsAssessmentId = ?1 and section = ?2", latestCompleted.id, AssessmentSection.ASYLUM_OR_TRAFFICKING_NEEDS) > 0;
        LocalDate startedOn = assessments.isEmpty() ? null : assessments.get(0).startedOn;

        boolean lookedAfter = episodes.stream().anyMatch(e -> e.toCareEpisode().covers(today));
        LocalDate careEndedOn = lookedAfter || episodes.isEmpty() ? null
                : episodes.stream().map(e -> e.end).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);

        CareLeaverCategory category = projection.categoryOn(today);
        PathwayPlan plan = PathwayPlan.of(person.id);
        PlanState planState = plan == null ? null : planState(plan, person, immigration, category,
                lookedAfterSince(episodes, today), today);
        PlanStatus planStatus = caseClock.plans.planStatus(today, judged, plan != null);

        return new CaseRecord(person, episodes, assessments, changes, immigration, adultTransition, today, projection,
                category, segment == null ? null : segment.from(), birthdays,
                age(calendar, person.dateOfBirth, today), needs, startedOn, asylumSection, lookedAfter, careEndedOn,
                planState, planStatus);
    }

    /** The first day of the current unbroken period of care (episodes end to start, short breaks excluded), or null. */
    static LocalDate lookedAfterSince(List<CareEpisodeRow> episodes, LocalDate today) {
        List<org.leavingcare.pathway.domain.category.CareEpisode> counted = episodes.stream().map(CareEpisodeRow::toCareEpisode)
                .filter(org.leavingcare.pathway.domain.category.CareEpisode::countsAsLookedAfter).toList();
        org.leavingcare.pathway.domain.category.CareEpisode current = counted.stream().filter(e -> e.covers(today)).findFirst().orElse(null);
        if (current == null) {
            return null;
        }
        LocalDate since = current.start();
        boolean extended = true;
        while (extended) {
            extended = false;
            for (org.leavingcare.pathway.domain.category.CareEpisode e : counted) {
                if (since.equals(e.end())) {
                    since = e.start();
                    extended = true;
                }
            }
        }
        return since;
    }

    /** Reads a plan's content. */
    public PathwayPlanContent content(String text) {
        try {
            return json.readValue(text, PathwayPlanContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored plan content unreadable", e);
        }
    }

    public String contentText(PathwayPlanContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan content not serialisable", e);
        }
    }

    PlanState planState(PathwayPlan plan, YoungPerson person, Immigration immigration, CareLeaverCategory category,
                        LocalDate lookedAfterSince, LocalDate today) {
        PathwayPlanClock clock = caseClock.plans;
        PathwayPlanContent content = content(plan.content);
        List<PlanReview> reviews = PlanReview.list("planId = ?1 order by heldOn, id", plan.id);
        List<PlanResponse> responses = PlanResponse.list("planId = ?1 order by respondedOn, id", plan.id);
        List<IroDecision> decisions = IroDecision.list("planId = ?1 order by decidedOn, id", plan.id);
        List<PlanDispute> disputes = PlanDispute.list("planId = ?1 order by raisedOn, id", plan.id);

        List<LocalDate> held = reviews.stream().map(r -> r.heldOn).toList();
        LocalDate lastReview = held.stream().max(LocalDate::compareTo).orElse(null);
        LocalDate planStart = plan.firstAgreedOn != null ? plan.firstAgreedOn : plan.createdOn;
        LocalDate councilAccommodationFrom = content.sections().stream()
                .filter(section -> section.section() == PlanSection.ACCOMMODATION)
                .map(PathwayPlanContent.Section::councilAccommodationFrom).filter(Objects::nonNull).findFirst().orElse(null);
        LocalDate nextReviewDue = clock.nextReviewDue(category, lookedAfterSince, planStart, held, plan.reviewRequestedOn,
                councilAccommodationFrom);

        boolean agreed = PathwayPlan.AGREED.equals(plan.status);
        List<PlanResponse> forAgreed = responses.stream()
                .filter(r -> plan.agreedVersion != null && plan.agreedVersion.equals(r.planVersion)).toList();
        boolean signed = agreed && !forAgreed.isEmpty() && forAgreed.get(forAgreed.size() - 1).signed;
        IroDecision latest = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        boolean challengeOpen = latest != null && IroDecision.CHALLENGED.equals(latest.decision);

        boolean tripleRequired = PathwayPlanClock.triplePlanRequired(person.uasc,
                immigration == null ? null : immigration.status.name());
        PathwayPlanContent.TriplePlan triple = content.triplePlan();
        boolean tripleComplete = triple != null && PathwayPlanClock.triplePlanComplete(triple.positiveDecisionBefore18(),
                triple.noDecisionBefore18(), triple.refusalOrReturn());

        List<PlanState.OverdueAction> overdue = new ArrayList<>();
        for (PathwayPlanContent.Section section : content.sections()) {
            for (PathwayPlanContent.Action action : section.actions() == null ? List.<PathwayPlanContent.Action>of() : section.actions()) {
                if (action.completedOn() == null && action.targetDate().isBefore(today)) {
                    overdue.add(new PlanState.OverdueAction(section.section().name(), action.action(), action.owner(),
                            action.targetDate()));
                }
            }
        }
        return new PlanState(plan, content, reviews, responses, decisions, disputes, lastReview, nextReviewDue,
                clock.reviewStatus(today, nextReviewDue), signed, agreed && forAgreed.isEmpty(),
                latest != null && IroDecision.AGREED.equals(latest.decision), challengeOpen,
                challengeOpen && clock.challengeEscalated(today, latest.decidedOn), tripleRequired, tripleComplete, overdue);
    }

    /** NA-1, A1: the completion the first deadline is judged on (null if none counts). */
    public static LocalDate completionJudged(CaseRecord record) {
        return NeedsAssessmentClock.completionJudged(record.birthdays().sixteenth(), record.projection().eligibilityDate(),
                record.assessments().stream().map(a -> a.completedOn).toList());
    }

    /**
     * The {@code completedOn} the record and the feed show: the completion NA-1 is judged on, else the first one
     * (which, being before the window, consumers judge as not done for NA-1, as this service does).
     */
    public static LocalDate completedOnShown(CaseRecord record) {
        LocalDate judged = completionJudged(record);
        return judged != null ? judged : firstCompletedOn(record.assessments());
    }

    public static LocalDate firstCompletedOn(List<NeedsAssessment> assessments) {
        return assessments.stream().map(a -> a.completedOn).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** Whole years by the C-1 birthdays, then whole months since the last one. */
    static CaseRecord.Age age(StatutoryCalendar calendar, LocalDate dob, LocalDate today) {
        if (today.isBefore(dob)) {
            return new CaseRecord.Age(0, 0);
        }
        int years = Period.between(dob, today).getYears();
        while (!calendar.birthday(dob, years + 1).isAfter(today)) {
            years++;
        }
        while (years > 0 && calendar.birthday(dob, years).isAfter(today)) {
            years--;
        }
        int months = Period.between(calendar.birthday(dob, years), today).getMonths();
        return new CaseRecord.Age(years, months);
    }
}
