package org.leavingcare.pathway.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.repository.NeedsAssessment;
import org.leavingcare.pathway.repository.IroDecision;
import org.leavingcare.pathway.repository.PathwayPlan;
import org.leavingcare.pathway.rest.api.PathwayPlanView;
import org.leavingcare.pathway.rest.api.PathwayPlanContent;
import org.leavingcare.pathway.repository.PlanDispute;
import org.leavingcare.pathway.rest.api.PlanInputs;
import org.leavingcare.pathway.repository.PlanResponse;
import org.leavingcare.pathway.repository.PlanReview;
import org.leavingcare.pathway.domain.plan.PlanSection;
import org.leavingcare.pathway.repository.PlanVersion;
import org.leavingcare.pathway.problem.ApiProblem;
import org.leavingcare.pathway.problem.FieldViolation;
import org.leavingcare.pathway.domain.plan.PathwayPlanClock;
import org.leavingcare.pathway.domain.plan.ReviewStatus;
import org.leavingcare.pathway.repository.YoungPerson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Pathway plans (rules.md §3): versions, the young person's response, reviews, the IRO, disputes. */
@ApplicationScoped
public class PathwayPlanService {

    @Inject
    CaseClock caseClock;

    @Inject
    CaseRecords records;

    @Inject
    EntityManager em;

    @Inject
    org.leavingcare.pathway.access.AccessControl access;

    @Inject
    org.leavingcare.pathway.audit.AuditLog audit;

    /** PP-1: a plan is made from a completed needs assessment. */
    @Transactional
    public Written<PathwayPlanView> create(String caseRef, PathwayPlanContent content, String by) {
        YoungPerson person = records.forUpdate(caseRef, null, by);
        NeedsAssessment assessment = NeedsAssessment.<NeedsAssessment>list(
                "youngPersonId = ?1 and completedOn is not null order by completedOn desc, id desc", person.id)
                .stream().findFirst().orElseThrow(() -> ApiProblem.unprocessable("needsAssessment",
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
        plan.content = records.contentText(content);
        plan.status = PathwayPlan.DRAFT;
        plan.updatedBy = by;
        plan.updatedAt = Instant.now(caseClock.clock);
        plan.persist();
        return publish(person, plan, "pathway-plan.created");
    }

    /** Changes the working copy; an agreed plan goes back to draft until the new version is agreed. */
    @Transactional
    public Written<PathwayPlanView> update(String caseRef, long id, PathwayPlanContent content, String ifMatch, String by) {
        checkContent(content);
        YoungPerson person = records.forUpdate(caseRef, null, by);
        PathwayPlan plan = forUpdate(person, id, ifMatch, by);
        plan.content = records.contentText(content);
        plan.status = PathwayPlan.DRAFT;
        return publish(person, plan, "pathway-plan.updated");
    }

    /**
     * Agrees the working copy as the next version, kept for good. Every statutory section, the accommodation
     * suitability judgement and, without settled immigration status, the triple plan (UASC-7) are required.
     */
    @Transactional
    public Written<PathwayPlanView> agree(String caseRef, long id, PlanInputs.Agreement input, String ifMatch, String by) {
        YoungPerson person = records.forUpdate(caseRef, null, by);
        PathwayPlan plan = forUpdate(person, id, ifMatch, by);
        if (PathwayPlan.AGREED.equals(plan.status)) {
            throw ApiProblem.conflict("Version " + plan.agreedVersion + " is already agreed and unchanged");
        }
        LocalDate agreedOn = input == null || input.agreedOn() == null ? caseClock.today() : input.agreedOn();
        pastDate("agreedOn", agreedOn, plan.createdOn);
        CaseRecord record = records.load(person);
        PathwayPlanContent content = records.content(plan.content);
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
            throw ApiProblem.unprocessable(YoungPersonService.detail(violations), violations);
        }
        int number = plan.agreedVersion == null ? 1 : plan.agreedVersion + 1;
        PlanVersion version = new PlanVersion();
        version.planId = plan.id;
        version.number = number;
        version.agreedOn = agreedOn;
        version.agreedBy = by;
        version.content = plan.content;
        version.persist();
        plan.status = PathwayPlan.AGREED;
        plan.agreedOn = agreedOn;
        plan.agreedVersion = number;
        if (plan.firstAgreedOn == null) {
            plan.firstAgreedOn = agreedOn;
        }
        return publish(person, plan, "pathway-plan.agreed");
    }

    /** PP-9: the young person's response to the agreed version (or the draft, before any agreement). */
    @Transactional
    public Written<PathwayPlanView> respond(String caseRef, long id, PlanInputs.Response input, String ifMatch, String by) {
        if (input.signed() && input.declinedToSignReason() != null && !input.declinedToSignReason().isBlank()) {
            throw ApiProblem.unprocessable("declinedToSignReason", "is only recorded when the young person did not sign");
        }
        if (!input.signed() && (input.declinedToSignReason() == null || input.declinedToSignReason().isBlank())) {
            throw ApiProblem.unprocessable("declinedToSignReason", "is required when the young person did not sign");
        }
        YoungPerson person = records.forUpdate(caseRef, null, by);
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

    @Transactional
    public Written<PathwayPlanView> review(String caseRef, long id, PlanInputs.Review input, String ifMatch, String by) {
        YoungPerson person = records.forUpdate(caseRef, null, by);
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

    /** PP-6: a review asked for by the young person, the adviser or the council is due within the configured working days. */
    @Transactional
    public Written<PathwayPlanView> requestReview(String caseRef, long id, PlanInputs.ReviewRequest input, String ifMatch,
                                                  String by) {
        YoungPerson person = records.forUpdate(caseRef, null, by);
        PathwayPlan plan = forUpdate(person, id, ifMatch, by);
        LocalDate on = input.requestedOn() == null ? caseClock.today() : input.requestedOn();
        pastDate("requestedOn", on, plan.createdOn);
        LocalDate lastReview = PlanReview.<PlanReview>list("planId", plan.id).stream().map(r -> r.heldOn)
                .max(LocalDate::compareTo).orElse(null);
        LocalDate kept = PathwayPlanClock.outstandingRequest(plan.reviewRequestedOn, on, lastReview);
        if (!kept.equals(plan.reviewRequestedOn)) {
            plan.reviewRequestedOn = kept;
            plan.reviewRequestedBy = input.requestedBy().name();
        }
        return publish(person, plan, "pathway-plan.updated");
    }

    @Transactional
    public Written<PathwayPlanView> iroDecision(String caseRef, long id, PlanInputs.Iro input, String ifMatch, String by) {
        boolean challenge = input.decision() == PlanInputs.IroDecisionKind.CHALLENGED;
        if (challenge && (input.reason() == null || input.reason().isBlank())) {
            throw ApiProblem.unprocessable("reason", "is required for a challenge");
        }
        YoungPerson person = records.forUpdate(caseRef, null, by);
        PathwayPlan plan = forUpdate(person, id, ifMatch, by);
        LocalDate on = input.decidedOn() == null ? caseClock.today() : input.decidedOn();
        pastDate("decidedOn", on, plan.createdOn);
        IroDecision decision = new IroDecision();
        decision.planId = plan.id;
        decision.decision = input.decision().name();
        decision.decidedOn = on;
        decision.reason = input.reason();
        decision.iro = by;
        decision.recordedAt = Instant.now(caseClock.clock);
        decision.persist();
        return publish(person, plan, challenge ? "pathway-plan.iro-challenged" : "pathway-plan.iro-agreed");
    }

    /** PP-10: a disagreement or complaint; the stage 1 response is due in 10 working days. */
    @Transactional
    public Written<PathwayPlanView> dispute(String caseRef, long id, PlanInputs.Dispute input, String ifMatch, String by) {
        YoungPerson person = records.forUpdate(caseRef, null, by);
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public PathwayPlanView get(String caseRef, long id) {
        YoungPerson person = records.find(caseRef);
        plan(person, id);
        return view(records.load(person));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PathwayPlanView> list(String caseRef) {
        CaseRecord record = records.load(records.find(caseRef));
        return record.plan() == null ? List.of() : List.of(view(record));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PathwayPlanView.VersionView> versions(String caseRef, long id) {
        PathwayPlan plan = plan(records.find(caseRef), id);
        return PlanVersion.<PlanVersion>list("planId = ?1 order by number", plan.id).stream()
                .map(v -> new PathwayPlanView.VersionView(v.number, v.agreedOn, v.agreedBy, records.content(v.content)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PathwayPlanView.VersionView version(String caseRef, long id, int number) {
        PathwayPlan plan = plan(records.find(caseRef), id);
        PlanVersion v = PlanVersion.<PlanVersion>find("planId = ?1 and number = ?2", plan.id, number).firstResultOptional()
                .orElseThrow(() -> ApiProblem.notFound("Plan " + id + " has no agreed version " + number));
        return new PathwayPlanView.VersionView(v.number, v.agreedOn, v.agreedBy, records.content(v.content));
    }

    /**
     * The managers' list, filtered, sorted and paged in SQL on the stored next review and signature (rows whose
     * category has changed with time since they were stored are recomputed first). Sorted by the next review,
     * soonest first, then case reference; the page's lines are computed as of today.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PathwayPlanView.Page managersList(String team, ReviewStatus reviewStatus, Boolean signed, int page, int size) {
        LocalDate today = caseClock.today();
        @SuppressWarnings("unchecked")
        List<Number> stale = em.createNativeQuery("SELECT young_person_id FROM pathway_plan"
                        + " WHERE next_review_due IS NULL OR review_due_fixed_until <= ?1")
                .setParameter(1, today).getResultList();
        stale.forEach(id -> records.refreshPlanColumns(id.longValue()));

        org.leavingcare.pathway.access.Scope.Sql scope = access.sql("y");
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.condition());
        java.util.Map<String, Object> parameters = new java.util.HashMap<>(scope.parameters());
        if (team != null) {
            where.append(" AND y.team = :team");
            parameters.put("team", team);
        }
        if (signed != null) {
            where.append(" AND p.signed_by_young_person = :signed");
            parameters.put("signed", signed);
        }
        if (reviewStatus != null) {
            where.append(" AND ").append(REVIEW_STATUS_SQL).append(" = :reviewStatus");
            parameters.put("reviewStatus", reviewStatus.name());
            parameters.put("today", today);
            parameters.put("soon", caseClock.plans.reviewDueSoonDays());
        }
        String from = " FROM pathway_plan p JOIN young_person y ON y.id = p.young_person_id";
        var count = em.createNativeQuery("SELECT count(*)" + from + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        var ids = em.createNativeQuery("SELECT y.id" + from + where
                + " ORDER BY p.next_review_due ASC NULLS LAST, y.case_ref ASC LIMIT :limit OFFSET :offset");
        parameters.forEach(ids::setParameter);
        ids.setParameter("limit", size);
        ids.setParameter("offset", (long) page * size);
        List<PathwayPlanView.Summary> items = new ArrayList<>();
        for (Object id : ids.getResultList()) {
            CaseRecord r = records.load(YoungPerson.findById(((Number) id).longValue()));
            items.add(new PathwayPlanView.Summary(r.plan().plan().id, r.person().caseRef, r.person().team,
                    r.plan().plan().status, r.plan().plan().agreedOn, r.plan().nextReviewDue(), r.plan().reviewStatus(),
                    r.plan().signedByYoungPerson(), r.plan().agreedWithoutYoungPersonResponse(), r.plan().agreedByIro(),
                    r.plan().iroChallengeEscalated(), r.plan().overdueActions().size()));
        }
        audit.touched(items.stream().map(PathwayPlanView.Summary::caseRef).toList());
        return new PathwayPlanView.Page(items, page, size, total);
    }

    /** PathwayPlanClock.reviewStatus in SQL, on the stored next review. */
    static final String REVIEW_STATUS_SQL = "(CASE WHEN :today > p.next_review_due THEN 'OVERDUE'"
            + " WHEN :today < p.next_review_due - CAST(:soon AS integer) THEN 'ON_TRACK' ELSE 'DUE_SOON' END)";

    private void checkContent(PathwayPlanContent content) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<PlanSection> seen = EnumSet.noneOf(PlanSection.class);
        for (int i = 0; i < content.sections().size(); i++) {
            PathwayPlanContent.Section s = content.sections().get(i);
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
            throw ApiProblem.unprocessable(YoungPersonService.detail(violations), violations);
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
        CaseRecords.requireMatch(plan.version, ifMatch, "pathway plan");
        em.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        plan.updatedBy = by;
        plan.updatedAt = Instant.now(caseClock.clock);
        return plan;
    }

    private Written<PathwayPlanView> publish(YoungPerson person, PathwayPlan plan, String eventType) {
        em.flush();
        CaseRecord record = records.publish(person, eventType);
        Log.infof("Pathway plan %d of %s: %s", plan.id, person.caseRef, eventType);
        return new Written<>(view(record), plan.etag());
    }

    PathwayPlanView view(CaseRecord record) {
        PlanState s = record.plan();
        PathwayPlan p = s.plan();
        return new PathwayPlanView(p.id, record.person().caseRef, p.needsAssessmentId, p.status, p.createdOn, p.createdBy,
                s.content(), p.firstAgreedOn, p.agreedOn, p.agreedVersion, s.lastReviewOn(), s.nextReviewDue(),
                s.reviewStatus(), p.reviewRequestedOn, p.reviewRequestedBy, s.signedByYoungPerson(),
                s.agreedWithoutYoungPersonResponse(), s.agreedByIro(), s.iroChallengeOpen(), s.iroChallengeEscalated(),
                s.triplePlanRequired(), s.triplePlanComplete(),
                s.overdueActions().stream().map(a -> new PathwayPlanView.OverdueActionView(a.section(), a.action(),
                        a.owner(), a.targetDate())).toList(),
                s.responses().stream().map(r -> new PathwayPlanView.ResponseView(r.id, r.planVersion, r.respondedOn,
                        r.tookPart, r.views, r.agrees, r.signed, r.declinedToSignReason, r.recordedBy)).toList(),
                s.reviews().stream().map(r -> new PathwayPlanView.ReviewView(r.id, r.heldOn, r.chairedBy, r.chairRole,
                        r.outcome, r.changesMade, r.recordedBy)).toList(),
                s.iroDecisions().stream().map(d -> new PathwayPlanView.IroDecisionView(d.id, d.decision, d.decidedOn,
                        d.reason, d.iro)).toList(),
                s.disputes().stream().map(d -> new PathwayPlanView.DisputeView(d.id, d.kind, d.stage, d.raisedOn,
                        d.summary, d.resolvedOn, d.stage == 1 ? caseClock.plans.stageOneResponseDue(d.raisedOn) : null,
                        d.recordedBy)).toList(),
                p.version, p.updatedBy, p.updatedAt);
    }
}
