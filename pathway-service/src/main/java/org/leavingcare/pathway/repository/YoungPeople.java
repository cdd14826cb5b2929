package org.leavingcare.pathway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.leavingcare.pathway.access.Scope;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The young_person rows: the locks a writer takes, and the list filtered and sorted on the stored deadlines. */
@ApplicationScoped
public class YoungPeople {

    @Inject
    EntityManager em;

    /** Waits for any other writer of this young person, then reloads the row they may have changed. */
    public void lockForWrite(YoungPerson person) {
        em.refresh(person, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Raises the version at commit even if no column of the row changes: a change to any part gives a new ETag. */
    public void raiseVersion(YoungPerson person) {
        em.lock(person, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** Locks the row for this transaction unless a writer holds it (false then). */
    public boolean lockUnlessHeld(long youngPersonId) {
        List<?> locked = em.createNativeQuery("SELECT id FROM young_person WHERE id = ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, youngPersonId).getResultList();
        return !locked.isEmpty();
    }

    /**
     * A page of the young people in {@code scope} matching {@code filter} as of {@code today}, sorted by the due date
     * of their needs assessment (a pending reassessment's, else the first one's), earliest first, those with none
     * last, then by case reference. The status expressions mirror the domain clocks on the stored deadlines.
     *
     * @param dueSoonDays the needs-assessment warning period
     * @param planDueDays PP-1: days after a completed assessment by which a plan should exist
     */
    public IdPage search(YoungPersonFilter filter, Scope.Sql scope, LocalDate today, int dueSoonDays, int planDueDays,
                         int page, int size) {
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
            parameters.put("soon", dueSoonDays);
        }
        if (filter.pathwayPlanStatus() != null) {
            where.append(" AND ").append(PLAN_STATUS_SQL).append(" = :planStatus");
            parameters.put("planStatus", filter.pathwayPlanStatus().name());
            parameters.put("today", today);
            parameters.put("planDays", planDueDays);
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
        return new IdPage(idList, total);
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
