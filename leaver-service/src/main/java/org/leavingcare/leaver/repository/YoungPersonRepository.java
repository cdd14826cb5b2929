package org.leavingcare.leaver.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.leavingcare.leaver.access.Scope;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The projection of young people from pathway-service's feed, with the facts leaver-service records itself. */
@ApplicationScoped
public class YoungPersonRepository {

    @Inject
    EntityManager em;

    /** A page of the young people due an adviser, and how many match in all. */
    public record DueRows(List<YoungPerson> youngPeople, long total) {
    }

    /** The young person, or {@code null} if pathway-service has not published them. */
    public YoungPerson find(String caseRef) {
        return YoungPerson.findById(caseRef);
    }

    /** The young person locked for the rest of the transaction, or {@code null}. */
    public YoungPerson lock(String caseRef) {
        return em.find(YoungPerson.class, caseRef, LockModeType.PESSIMISTIC_WRITE);
    }

    public void persist(YoungPerson person) {
        em.persist(person);
    }

    /** Writes pending changes now, so that the queries after it (the leaver snapshot) see them. */
    public void flush() {
        em.flush();
    }

    /**
     * Young people in {@code scope} without an open allocation whose allocation is due on or before
     * {@code until} and whose adviser duty has not ended by {@code today}, most urgent first; the scope is
     * part of the query, so {@code total} counts in-scope young people only.
     */
    public DueRows dueForAllocation(Scope scope, LocalDate until, LocalDate today, String team, int limit, int offset) {
        Map<String, Object> params = new HashMap<>();
        params.put("until", until);
        params.put("today", today);
        // the duty is over from adviserDutyEndsOn (e.g. returned home for good, CAT-4, or 21, PA-3): filtered
        // here, before paging, so a page is never short while more rows exist
        Scope.Clause clause = scope.jpql("p");
        params.putAll(clause.parameters());
        String query = "from YoungPerson p where " + clause.where()
                + " and p.allocationDueOn is not null and p.allocationDueOn <= :until"
                + " and (p.adviserDutyEndsOn is null or p.adviserDutyEndsOn > :today)"
                + " and not exists (select 1 from Allocation a where a.caseRef = p.caseRef and a.endedOn is null)";
        if (team != null) {
            query += " and p.team = :team";
            params.put("team", team);
        }
        var typed = em.createQuery(query + " order by p.allocationDueOn, p.caseRef", YoungPerson.class);
        var count = em.createQuery("select count(p) " + query, Long.class);
        params.forEach(typed::setParameter);
        params.forEach(count::setParameter);
        List<YoungPerson> people = typed.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new DueRows(people, count.getSingleResult());
    }
}
