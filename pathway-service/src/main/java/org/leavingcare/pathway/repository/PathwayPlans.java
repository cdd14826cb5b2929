package org.leavingcare.pathway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.leavingcare.pathway.access.Scope;
import org.leavingcare.pathway.domain.plan.ReviewStatus;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pathway_plan rows: the plan's version lock, and the columns derived from it (next review, signature, and the
 * day they hold until) that the managers' list filters, sorts and pages on.
 */
@ApplicationScoped
public class PathwayPlans {

    @Inject
    EntityManager em;

    /** Raises the plan's version at commit, so every change to it gives a new ETag. */
    public void raiseVersion(PathwayPlan plan) {
        em.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /**
     * Stores the derived columns. A plain update, not through the entity: they are derived, so writing them does not
     * change the plan's version (its ETag).
     */
    public void storeDerived(long planId, LocalDate nextReviewDue, boolean signedByYoungPerson, LocalDate fixedUntil) {
        em.createNativeQuery("UPDATE pathway_plan SET next_review_due = ?1, signed_by_young_person = ?2,"
                        + " review_due_fixed_until = ?3 WHERE id = ?4")
                .setParameter(1, nextReviewDue)
                .setParameter(2, signedByYoungPerson)
                .setParameter(3, fixedUntil)
                .setParameter(4, planId)
                .executeUpdate();
    }

    /** The young people whose plan's derived columns were never stored or no longer hold on {@code today}. */
    public List<Long> staleYoungPersonIds(LocalDate today) {
        List<?> stale = em.createNativeQuery("SELECT young_person_id FROM pathway_plan"
                        + " WHERE next_review_due IS NULL OR review_due_fixed_until <= ?1")
                .setParameter(1, today).getResultList();
        return stale.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * A page of the young people in {@code scope} with a plan matching the filters (null: any), on the stored next
     * review and signature: sorted by the next review, soonest first, then case reference.
     *
     * @param dueSoonDays days before a review deadline from which it is DUE_SOON
     */
    public IdPage managersPage(String team, ReviewStatus reviewStatus, Boolean signed, Scope.Sql scope, LocalDate today,
                               int dueSoonDays, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.condition());
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
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
            parameters.put("soon", dueSoonDays);
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
        List<Long> idList = ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        return new IdPage(idList, total);
    }

    /** PathwayPlanClock.reviewStatus in SQL, on the stored next review. */
    static final String REVIEW_STATUS_SQL = "(CASE WHEN :today > p.next_review_due THEN 'OVERDUE'"
            + " WHEN :today < p.next_review_due - CAST(:soon AS integer) THEN 'ON_TRACK' ELSE 'DUE_SOON' END)";
}
