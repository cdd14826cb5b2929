package org.leavingcare.pathway.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.domain.plan.IroDecisionKind;
import org.leavingcare.pathway.domain.plan.PathwayPlanClock;
import org.leavingcare.pathway.domain.plan.PlanContent;
import org.leavingcare.pathway.domain.plan.PlanSection;
import org.leavingcare.pathway.domain.plan.Requester;
import org.leavingcare.pathway.problem.ApiProblem;
import org.leavingcare.pathway.problem.FieldViolation;
import org.leavingcare.pathway.repository.IroDecision;
import org.leavingcare.pathway.repository.NeedsAssessment;
import org.leavingcare.pathway.repository.PathwayPlan;
import org.leavingcare.pathway.repository.PathwayPlans;
import org.leavingcare.pathway.repository.PlanContentJson;
import org.leavingcare.pathway.repository.PlanDispute;
import org.leavingcare.pathway.repository.PlanResponse;
import org.leavingcare.pathway.repository.PlanReview;
import org.leavingcare.pathway.repository.PlanVersion;
import org.leavingcare.pathway.repository.YoungPerson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A young person's pathway plan (rules.md §3): versions, the young person's response, reviews, the IRO, disputes.
 * Each write answers the record as of today with the plan's new entity tag.
 */
@ApplicationScoped
@Transactional
public class PathwayPlanService {

    @Inject
    CaseClock caseClock;

    @Inject
    YoungPersonAccess people;

    @Inject
    CaseRecordLoader records;

    @Inject
    CaseRecordPublisher publisher;

    @Inject
    PathwayPlans plans;

    @Inject
    PlanContentJson contents;

    /** PP-1: a plan is made from a completed needs assessment. */
    public Written<CaseRecord> create(String caseRef, PlanContent content, String by) {
        YoungPerson person = people.forUpdate(caseRef, null, by);
        NeedsAssessment assessment = NeedsAssessment.latestCompleted(person.id)
                .orElseThrow(() -> ApiProblem.unprocessable("needsAssessment",
                        "must be completed before a pathway plan is made (Sch 2 para 19B(4))"));
        if (PathwayPlan.of(person.id) != null) {
            throw ApiProblem.conflict(caseRef + " already has a pathway plan; change it with PUT");
        }
        checkContent(content);
        PathwayPlan plan = new PathwayPlan();
        plan.youngPersonId = person.id;
        plan.needsAssessmentId = assessment.id;
        plan.createdOn = caseClock.today();
        plan.createdBy = by;
        plan.content = contents.write(content);
        plan.status = PathwayPlan.DRAFT;
        plan.updatedBy = by;
        plan.updatedAt = Instant.now(caseClock.clock);
        plan.persist();
        return publish(person, plan, "pathway-plan.created");
    }

    /** Changes the working copy; an agreed plan goes back to draft until the new version is agreed. */
    public Written<CaseRecord> update(String caseRef, long id, PlanContent content, String ifMatch, String by) {
        checkContent(content);
        YoungPerson person = people.forUpdate(caseRef, null, by);
        PathwayPlan plan = forUpdate(person, id, ifMatch, by);
        plan.content = contents.write(content);
        plan.status = PathwayPlan.DRAFT;
        return publish(person, plan, "pathway-plan.updated");
    }

    /**
     * Agrees the working copy as the next version on {@code agreedOn} (today if null), kept for good. Every statutory
     * section, the accommodation suitability judgement and, without settled immigration status, the triple plan
     * (UASC-7) are required.
     */
    public Written<CaseRecord> agree(String caseRef, long id, LocalDate agreedOn, String ifMatch, String by) {
        YoungPerson person = people.forUpdate(caseRef, null, by);
        PathwayPlan plan = forUpdate(person, id, ifMatch, by);
        if (PathwayPlan.AGREED.equals(plan.status)) {
            throw ApiProblem.conflict("Version " + plan.agreedVersion + " is already agreed and unchanged");
        }
        LocalDate on = agreedOn == null ? caseClock.today() : agreedOn;
        pastDate("agreedOn", on, plan.createdOn);
        CaseRecord record = records.load(person);
        PlanContent content = contents.read(plan.content);
        List<FieldViolation> violations = new ArrayList<>();
        Set<PlanSection> present = EnumSet.noneOf(PlanSection.class);
        content.sections().forEach(s -> present.add(s.section()));
        for (PlanSection section : PlanSection.values()) {
            if (!present.contains(section)) {
                violations.add(new FieldViolation("sections." + section, "is required before the plan is agreed (PP-2, PP-3)"));
            }
        }
        content.sections().stream().filter(s -> s.section() == PlanSection.ACCOMMODATION && s.accommodationSuitable() == null)
                .forEach(s -> violations.add(new FieldViolation("sections.ACCOMMODATION.accommodationSuitable",
                        "is required before the plan is agreed (PP-8)")));
        if (record.plan().triplePlanRequired() && !record.plan().triplePlanComplete()) {
            violations.add(new FieldViolation("triplePlan",
                    "needs all three strands before the plan is agreed: the young person's immigration status is not settled (UASC-7)"));
        }
        if (!violations.isEmpty()) {
            throw Violations.unprocessable(violations);
        }
        int number = plan.agreedVersion == null ? 1 : plan.agreedVersion + 1;
        PlanVersion version = new PlanVersion();
        version.planId = plan.id;
        version.number = number;
        version.agreedOn = on;
        version.agreedBy = by;
        version.content = plan.content;
        version.persist();
        plan.status = PathwayPlan.AGREED;
        plan.agreedOn = on;
        plan.agreedVersion = number;
        if (plan.firstAgreedOn == null) {
            plan.firstAgreedOn = on;
        }
        return publish(person, plan, "pathway-plan.agreed");
    }

    /** PP-9: the young person's response to the agreed version (or the draft, before any agreement). */
    public Written<CaseRecord> respond(String caseRef, long id, YoungPersonResponse input, String ifMatch, String by) {
        if (input.signed() && input.declinedToSignReason() != null && !input.declinedToSignReason().isBlank()) {
            throw ApiProblem.unprocessable("declinedToSignReason", "is only recorded when the young person did not sign");
        }
        if (!input.signed() && (input.declinedToSignReason() == null || input.declinedToSignReason().isBlank())) {
            throw ApiProblem.unprocessable("declinedToSignReason", "is required when the young person did not sign");
        }
        YoungPerson person = people.forUpdate(caseRef, null, by);
        PathwayPlan plan = forUpdate(person, id, ifMatch, by);
        LocalDate on = input.respondedOn() == null ? caseClock.today() : input.respondedOn();
        pastDate("respondedOn", on, plan.createdOn);
        PlanResponse response = new PlanResponse();
        response.planId = plan.id;
        response.planVersion = plan.agreedVersion;
        response.respondedOn = on;
        response.tookPart = input.tookPart();
        response.views = input.views();
        response.agrees = input.agrees();
        response.signed = input.signed();
        response.declinedToSignReason = input.signed() ? null : input.declinedToSignReason();
        response.recordedBy = by;
        response.recordedAt = Instant.now(caseClock.clock);
        response.persist();
        return publish(person, plan, "pathway-plan.young-person-responded");
    }

    public Written<CaseRecord> review(String caseRef, long id, ReviewHeld input, String ifMatch, String by) {
        YoungPerson person = people.forUpdate(caseRef, null, by);
        PathwayPlan plan = forUpdate(person, id, ifMatch, by);
        pastDate("heldOn", input.heldOn(), plan.createdOn);
        PlanReview review = new PlanReview();
        review.planId = plan.id;
        review.heldOn = input.heldOn();
        review.chairedBy = input.chairedBy();
        review.chairRole = input.chairRole().name();
        review.outcome = input.outcome();
        review.changesMade = input.changesMade();
        review.recordedBy = by;
        review.recordedAt = Instant.now(caseClock.clock);
        review.persist();
        return publish(person, plan, "pathway-plan.reviewed");
    }

    /**
     * PP-6: a review asked for on {@code requestedOn} (today if null) by the young person, the adviser or the
     * council is due within the configured working days.
     */
    public Written<CaseRecord> requestReview(String caseRef, long id, LocalDate requestedOn, Requester requestedBy,
                                             String ifMatch, String by) {
        YoungPerson person = people.forUpdate(caseRef, null, by);
        PathwayPlan plan = forUpdate(person, id, ifMatch, by);
        LocalDate on = requestedOn == null ? caseClock.today() : requestedOn;
        pastDate("requestedOn", on, plan.createdOn);
        LocalDate lastReview = PlanReview.ofPlan(plan.id).stream().map(r -> r.heldOn).max(LocalDate::compareTo).orElse(null);
        LocalDate kept = PathwayPlanClock.outstandingRequest(plan.reviewRequestedOn, on, lastReview);
        if (!kept.equals(plan.reviewRequestedOn)) {
            plan.reviewRequestedOn = kept;
            plan.reviewRequestedBy = requestedBy.name();
        }
        return publish(person, plan, "pathway-plan.updated");
    }

    /** The IRO agrees the plan, or challenges it with a reason, on {@code decidedOn} (today if null). */
    public Written<CaseRecord> iroDecision(String caseRef, long id, IroDecisionKind kind, LocalDate decidedOn, String reason,
                                           String ifMatch, String by) {
        boolean challenge = kind == IroDecisionKind.CHALLENGED;
        if (challenge && (reason == null || reason.isBlank())) {
            throw ApiProblem.unprocessable("reason", "is required for a challenge");
        }
        YoungPerson person = people.forUpdate(caseRef, null, by);
        PathwayPlan plan = forUpdate(person, id, ifMatch, by);
        LocalDate on = decidedOn == null ? caseClock.today() : decidedOn;
        pastDate("decidedOn", on, plan.createdOn);
        IroDecision decision = new IroDecision();
        decision.planId = plan.id;
        decision.decision = kind.name();
        decision.decidedOn = on;
        decision.reason = reason;
        decision.iro = by;
        decision.recordedAt = Instant.now(caseClock.clock);
        decision.persist();
        return publish(person, plan, challenge ? "pathway-plan.iro-challenged" : "pathway-plan.iro-agreed");
    }

    /** PP-10: a disagreement or complaint; the stage 1 response is due in 10 working days. */
    public Written<CaseRecord> dispute(String caseRef, long id, DisputeRaised input, String ifMatch, String by) {
        YoungPerson person = people.forUpdate(caseRef, null, by);
        PathwayPlan plan = forUpdate(person, id, ifMatch, by);
        pastDate("raisedOn", input.raisedOn(), plan.createdOn);
        if (input.resolvedOn() != null) {
            pastDate("resolvedOn", input.resolvedOn(), input.raisedOn());
        }
        PlanDispute dispute = new PlanDispute();
        dispute.planId = plan.id;
        dispute.kind = input.kind().name();
        dispute.stage = input.stage();
        dispute.raisedOn = input.raisedOn();
        dispute.summary = input.summary();
        dispute.resolvedOn = input.resolvedOn();
        dispute.recordedBy = by;
        dispute.recordedAt = Instant.now(caseClock.clock);
        dispute.persist();
        return publish(person, plan, "pathway-plan.disputed");
    }

    /** The record with plan {@code id} (404 if it is not this young person's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseRecord get(String caseRef, long id) {
        YoungPerson person = people.find(caseRef);
        plan(person, id);
        return records.load(person);
    }

    /** The record, if the young person has a plan: a list of at most one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseRecord> list(String caseRef) {
        CaseRecord record = records.load(people.find(caseRef));
        return record.plan() == null ? List.of() : List.of(record);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgreedVersion> versions(String caseRef, long id) {
        PathwayPlan plan = plan(people.find(caseRef), id);
        return PlanVersion.ofPlan(plan.id).stream().map(this::agreed).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreedVersion version(String caseRef, long id, int number) {
        PathwayPlan plan = plan(people.find(caseRef), id);
        PlanVersion v = PlanVersion.numbered(plan.id, number)
                .orElseThrow(() -> ApiProblem.notFound("Plan " + id + " has no agreed version " + number));
        return agreed(v);
    }

    private AgreedVersion agreed(PlanVersion v) {
        return new AgreedVersion(v.number, v.agreedOn, v.agreedBy, contents.read(v.content));
    }

    private void checkContent(PlanContent content) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<PlanSection> seen = EnumSet.noneOf(PlanSection.class);
        for (int i = 0; i < content.sections().size(); i++) {
            PlanContent.Section s = content.sections().get(i);
            if (!seen.add(s.section())) {
                violations.add(new FieldViolation("sections[" + i + "].section", "appears more than once"));
            }
            if (s.accommodationSuitable() != null && s.section() != PlanSection.ACCOMMODATION) {
                violations.add(new FieldViolation("sections[" + i + "].accommodationSuitable",
                        "is only recorded in the ACCOMMODATION section"));
            }
            if (s.councilAccommodationFrom() != null && s.section() != PlanSection.ACCOMMODATION) {
                violations.add(new FieldViolation("sections[" + i + "].councilAccommodationFrom",
                        "is only recorded in the ACCOMMODATION section"));
            }
            if (s.councilAccommodationFrom() != null && s.councilAccommodationFrom().isAfter(caseClock.today())) {
                violations.add(new FieldViolation("sections[" + i + "].councilAccommodationFrom", "must not be in the future"));
            }
        }
        if (!violations.isEmpty()) {
            throw Violations.unprocessable(violations);
        }
    }

    private void pastDate(String field, LocalDate date, LocalDate notBefore) {
        if (date.isAfter(caseClock.today())) {
            throw ApiProblem.unprocessable(field, "must not be in the future");
        }
        if (date.isBefore(notBefore)) {
            throw ApiProblem.unprocessable(field, "must not be before " + notBefore);
        }
    }

    private static PathwayPlan plan(YoungPerson person, long id) {
        PathwayPlan plan = PathwayPlan.findById(id);
        if (plan == null || !plan.youngPersonId.equals(person.id)) {
            throw ApiProblem.notFound("No pathway plan " + id + " for " + person.caseRef);
        }
        return plan;
    }

    /** The plan, after checking its If-Match; its version is raised so every change gives a new ETag. */
    private PathwayPlan forUpdate(YoungPerson person, long id, String ifMatch, String by) {
        PathwayPlan plan = plan(person, id);
        IfMatch.require(plan.version, ifMatch, "pathway plan");
        plans.raiseVersion(plan);
        plan.updatedBy = by;
        plan.updatedAt = Instant.now(caseClock.clock);
        return plan;
    }

    private Written<CaseRecord> publish(YoungPerson person, PathwayPlan plan, String eventType) {
        CaseRecord record = publisher.publish(person, eventType);
        Log.infof("Pathway plan %d of %s: %s", plan.id, person.caseRef, eventType);
        return new Written<>(record, plan.etag());
    }
}
