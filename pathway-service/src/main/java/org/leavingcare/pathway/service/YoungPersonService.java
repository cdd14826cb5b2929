package org.leavingcare.pathway.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.access.AccessControl;
import org.leavingcare.pathway.access.Scope;
import org.leavingcare.pathway.audit.AuditLog;
import org.leavingcare.pathway.problem.ApiProblem;
import org.leavingcare.pathway.problem.FieldViolation;
import org.leavingcare.pathway.domain.category.CareLeaverCategory;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentState;
import org.leavingcare.pathway.domain.assessment.NeedsAssessmentStatus;
import org.leavingcare.pathway.domain.plan.PlanStatus;
import org.leavingcare.pathway.repository.CareEpisodeRow;
import org.leavingcare.pathway.rest.api.CareEpisodesInput;
import org.leavingcare.pathway.repository.CategoryPeriod;
import org.leavingcare.pathway.repository.YoungPerson;
import org.leavingcare.pathway.rest.api.YoungPersonInput;
import org.leavingcare.pathway.rest.api.YoungPersonSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class YoungPersonService {

    @Inject
    CaseClock caseClock;

    @Inject
    CaseRecords records;

    @Inject
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    /** The outcome of an upsert: the record and whether it was created. */
    public record Upserted(CaseRecord record, boolean created) {
    }

    /**
     * Creates or replaces the record for {@code caseRef}. With {@code ifMatch}, the write happens only
     * if the stored version still has that entity tag (412 otherwise).
     */
    @Transactional
    public Upserted upsert(String caseRef, YoungPersonInput input, String ifMatch, String by) {
        YoungPerson person = YoungPerson.findByCaseRef(caseRef).orElse(null);
        if (person != null) {
            access.requireInScope(person);
        }
        boolean created = person == null;
        checkFacts(input, person);
        if (created) {
            if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
                throw ApiProblem.preconditionFailed("If-Match names a version of a record that does not exist");
            }
            person = new YoungPerson();
            person.caseRef = caseRef;
            person.createdAt = Instant.now(caseClock.clock);
            person.createdBy = by;
            person.updatedAt = person.createdAt;
            person.updatedBy = by;
        } else {
            person = records.forUpdate(caseRef, ifMatch, by);
        }
        person.givenName = input.givenName();
        person.familyName = input.familyName();
        person.dateOfBirth = input.dateOfBirth();
        person.gender = input.gender();
        person.ethnicity = input.ethnicity();
        person.team = input.team();
        person.socialWorker = input.socialWorker();
        person.reviewingOfficer = input.reviewingOfficer();
        person.disabled = keep(input.disabled(), person.disabled);
        person.disabilityCodes = input.disabilityCodes() == null || input.disabilityCodes().isEmpty() ? null
                : input.disabilityCodes().stream().distinct().collect(Collectors.joining(","));
        person.likelyAdultCareNeeds = keep(input.likelyAdultCareNeeds(), person.likelyAdultCareNeeds);
        person.ehcp = keep(input.ehcp(), person.ehcp);
        person.uasc = keep(input.uasc(), person.uasc);
        person.complexNeeds = keep(input.complexNeeds(), person.complexNeeds);
        person.complexNeedsReason = input.complexNeedsReason();
        person.careOrderAt16 = keep(input.careOrderAt16(), person.careOrderAt16);
        person.detainedOrInHospitalOn16thBirthday = keep(input.detainedOrInHospitalOn16thBirthday(),
                person.detainedOrInHospitalOn16thBirthday);
        person.livedWithParentSince = input.livedWithParentSince();
        person.arrangementBrokeDownOn = input.arrangementBrokeDownOn();
        if (!person.disabled && person.disabilityCodes != null) {
            throw ApiProblem.unprocessable("disabilityCodes", "are only recorded for a disabled young person");
        }
        if (person.complexNeeds && (person.complexNeedsReason == null || person.complexNeedsReason.isBlank())) {
            throw ApiProblem.unprocessable("complexNeedsReason", "is required when complexNeeds is true");
        }
        access.requireStillInScope(person);
        if (created) {
            audit.created();
        }
        if (created) {
            person.persist();
        } else {
            CareEpisodeRow earliest = CareEpisodeRow.find("youngPersonId = ?1 order by start", person.id).firstResult();
            if (earliest != null && earliest.start.isBefore(person.dateOfBirth)) {
                throw ApiProblem.unprocessable("dateOfBirth", "must not be after the start of a recorded care episode ("
                        + earliest.start + ")");
            }
        }
        em.flush();
        CaseRecord record = records.publish(person, "young-person.upserted");
        Log.infof("Young person %s %s", caseRef, created ? "created" : "updated");
        return new Upserted(record, created);
    }

    private void checkFacts(YoungPersonInput input, YoungPerson existing) {
        LocalDate today = caseClock.today();
        List<FieldViolation> violations = new ArrayList<>();
        if (!input.dateOfBirth().isBefore(today)) {
            violations.add(new FieldViolation("dateOfBirth", "must be before today"));
        }
        LocalDate since = input.livedWithParentSince();
        LocalDate brokeDown = input.arrangementBrokeDownOn();
        if (since != null && since.isAfter(today)) {
            violations.add(new FieldViolation("livedWithParentSince", "must not be in the future"));
        }
        if (since != null && since.isBefore(input.dateOfBirth())) {
            violations.add(new FieldViolation("livedWithParentSince", "must not be before the date of birth"));
        }
        if (brokeDown != null && since == null) {
            violations.add(new FieldViolation("arrangementBrokeDownOn", "needs livedWithParentSince"));
        }
        if (brokeDown != null && brokeDown.isAfter(today)) {
            violations.add(new FieldViolation("arrangementBrokeDownOn", "must not be in the future"));
        }
        if (brokeDown != null && since != null && brokeDown.isBefore(since)) {
            violations.add(new FieldViolation("arrangementBrokeDownOn", "must not be before livedWithParentSince"));
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.unprocessable(detail(violations), violations);
        }
    }

    static String detail(List<FieldViolation> violations) {
        return violations.size() == 1 ? violations.get(0).field() + " " + violations.get(0).message()
                : violations.size() + " fields break a rule";
    }

    private static boolean keep(Boolean given, boolean current) {
        return given == null ? current : given;
    }

    /** PUT care-episodes: replaces the list, or writes nothing and names every episode and field that is wrong. */
    @Transactional
    public CaseRecord replaceEpisodes(String caseRef, CareEpisodesInput input, String ifMatch, String by) {
        YoungPerson person = records.find(caseRef);
        List<FieldViolation> violations = CareEpisodeRules.check(input.episodes(), person.dateOfBirth, caseClock.today());
        if (!violations.isEmpty()) {
            throw ApiProblem.unprocessable(detail(violations), violations);
        }
        person = records.forUpdate(caseRef, ifMatch, by);
        CareEpisodeRow.delete("youngPersonId", person.id);
        for (CareEpisodesInput.Episode e : input.episodes()) {
            CareEpisodeRow episode = new CareEpisodeRow();
            episode.youngPersonId = person.id;
            episode.start = e.start();
            episode.end = e.end();
            episode.legalStatus = e.legalStatus();
            episode.placementType = e.placementType();
            episode.reasonCeased = e.reasonCeased();
            episode.persist();
        }
        em.flush();
        CaseRecord record = records.publish(person, "care-episodes.replaced");
        Log.infof("Care episodes of %s replaced (%d episodes)", caseRef, input.episodes().size());
        return record;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseRecord get(String caseRef) {
        return records.load(records.find(caseRef));
    }

    /** The filters of the young-people list; null means "any". */
    public record Filter(CareLeaverCategory category, String team, Boolean disabled, Boolean uasc,
                         NeedsAssessmentStatus needsAssessmentStatus, LocalDate dueBefore, LocalDate dueAfter,
                         PlanStatus pathwayPlanStatus) {
    }

    /**
     * A page of young people matching {@code filter} as of today, sorted by the due date of their needs assessment
     * (a pending reassessment's, else the first one's), earliest first, those with none last. Filtering happens in
     * SQL on the stored deadlines; the status expression mirrors {@link org.leavingcare.pathway.domain.assessment.NeedsAssessmentClock#stateOn}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public YoungPersonSummary.Page list(Filter filter, int page, int size) {
        LocalDate today = caseClock.today();
        Scope.Sql scope = access.sql("y");
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.condition());
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        if (filter.category() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM category_period c WHERE c.young_person_id = y.id")
                    .append(" AND c.from_date <= :today AND (c.until_date IS NULL OR c.until_date > :today)")
                    .append(" AND c.category = :category)");
            parameters.put("category", filter.category().name());
            parameters.put("today", today);
        }
        if (filter.team() != null) {
            where.append(" AND y.team = :team");
            parameters.put("team", filter.team());
        }
        if (filter.disabled() != null) {
            where.append(" AND y.disabled = :disabled");
            parameters.put("disabled", filter.disabled());
        }
        if (filter.uasc() != null) {
            where.append(" AND y.uasc = :uasc");
            parameters.put("uasc", filter.uasc());
        }
        if (filter.needsAssessmentStatus() != null) {
            where.append(" AND ").append(STATUS_SQL).append(" = :status");
            parameters.put("status", filter.needsAssessmentStatus().name());
            parameters.put("today", today);
            parameters.put("soon", caseClock.dueSoonDays());
        }
        if (filter.pathwayPlanStatus() != null) {
            where.append(" AND ").append(PLAN_STATUS_SQL).append(" = :planStatus");
            parameters.put("planStatus", filter.pathwayPlanStatus().name());
            parameters.put("today", today);
            parameters.put("planDays", caseClock.planDueDays());
        }
        if (filter.dueBefore() != null) {
            where.append(" AND ").append(DUE_SQL).append(" <= :dueBefore");
            parameters.put("dueBefore", filter.dueBefore());
        }
        if (filter.dueAfter() != null) {
            where.append(" AND ").append(DUE_SQL).append(" >= :dueAfter");
            parameters.put("dueAfter", filter.dueAfter());
        }
        var count = em.createNativeQuery("SELECT count(*) FROM young_person y" + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        var ids = em.createNativeQuery("SELECT y.id FROM young_person y" + where
                + " ORDER BY " + DUE_SQL + " ASC NULLS LAST, y.case_ref ASC LIMIT :limit OFFSET :offset");
        parameters.forEach(ids::setParameter);
        ids.setParameter("limit", size);
        ids.setParameter("offset", (long) page * size);
        List<Long> idList = ((List<?>) ids.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();

        Map<Long, YoungPerson> people = idList.isEmpty() ? Map.of()
                : YoungPerson.<YoungPerson>list("id in ?1", idList).stream().collect(Collectors.toMap(p -> p.id, p -> p));
        java.util.Set<Long> withPlans = idList.isEmpty() ? java.util.Set.of()
                : org.leavingcare.pathway.repository.PathwayPlan.<org.leavingcare.pathway.repository.PathwayPlan>list("youngPersonId in ?1", idList)
                .stream().map(plan -> plan.youngPersonId).collect(Collectors.toSet());
        Map<Long, CareLeaverCategory> categories = idList.isEmpty() ? Map.of()
                : CategoryPeriod.<CategoryPeriod>list("youngPersonId in ?1 and fromDate <= ?2 and (untilDate is null or untilDate > ?2)",
                        idList, today).stream().collect(Collectors.toMap(c -> c.youngPersonId, c -> c.category, (a, b) -> a));
        List<YoungPersonSummary> items = new ArrayList<>();
        for (Long id : idList) {
            YoungPerson p = people.get(id);
            NeedsAssessmentState state = caseClock.needsAssessments().stateOn(today,
                    caseClock.calendar().birthday(p.dateOfBirth, 16), p.eligibilityDate, p.needsAssessmentCompletedOn,
                    p.reassessmentDueOn);
            items.add(new YoungPersonSummary(p.caseRef, p.givenName, p.familyName, p.dateOfBirth, p.team,
                    p.socialWorker, p.reviewingOfficer, p.disabled, p.uasc, p.complexNeeds,
                    categories.getOrDefault(id, CareLeaverCategory.NOT_A_CARE_LEAVER), p.eligibilityDate,
                    p.needsAssessmentDueOn, state.status(), p.reassessmentDueOn,
                    caseClock.plans.planStatus(today, p.needsAssessmentCompletedOn, withPlans.contains(id))));
        }
        audit.touched(items.stream().map(YoungPersonSummary::caseRef).toList());
        return new YoungPersonSummary.Page(items, page, size, total);
    }

    /** PathwayPlanClock.planStatus in SQL (PP-1). */
    static final String PLAN_STATUS_SQL = "(CASE"
            + " WHEN EXISTS (SELECT 1 FROM pathway_plan p WHERE p.young_person_id = y.id) THEN 'STARTED'"
            + " WHEN y.needs_assessment_completed_on IS NULL THEN 'NOT_DUE'"
            + " WHEN :today > y.needs_assessment_completed_on + CAST(:planDays AS integer) THEN 'PLAN_OVERDUE'"
            + " ELSE 'DUE' END)";

    /** The deadline that matters now: a pending reassessment's, else the first assessment's. */
    static final String DUE_SQL = "COALESCE(y.reassessment_due_on, y.needs_assessment_due_on)";

    /** NeedsAssessmentClock.stateOn in SQL, on the stored deadlines. */
    static final String STATUS_SQL = "(CASE"
            + " WHEN y.reassessment_due_on IS NOT NULL THEN (CASE WHEN :today > y.reassessment_due_on THEN 'OVERDUE'"
            + "   WHEN :today >= y.reassessment_due_on - CAST(:soon AS integer) THEN 'DUE_SOON' ELSE 'DUE' END)"
            + " WHEN y.needs_assessment_completed_on IS NOT NULL THEN 'COMPLETED'"
            + " WHEN y.eligibility_date IS NULL OR :today < y.eligibility_date THEN 'NOT_DUE'"
            + " WHEN :today > y.needs_assessment_due_on THEN 'OVERDUE'"
            + " WHEN :today >= y.needs_assessment_due_on - CAST(:soon AS integer) THEN 'DUE_SOON'"
            + " ELSE 'DUE' END)";
}
