package org.leavingcare.leaver.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** Allocations of personal advisers to young people. */
@ApplicationScoped
public class AllocationRepository {

    @Inject
    EntityManager em;

    /** An adviser's open allocation and the young person it is for. */
    public record AllocatedYoungPerson(String adviserId, YoungPerson youngPerson) {
    }

    /** The young person's open allocation, if any. */
    public Optional<Allocation> current(String caseRef) {
        return Allocation.find("caseRef = ?1 and endedOn is null", caseRef).firstResultOptional();
    }

    /** Every allocation of the young person, latest start first. */
    public List<Allocation> history(String caseRef) {
        return Allocation.list("caseRef = ?1 order by startedOn desc, id desc", caseRef);
    }

    /** The adviser's open allocations, by case reference. */
    public List<Allocation> openFor(String adviserId) {
        return Allocation.list("adviserId = ?1 and endedOn is null order by caseRef", adviserId);
    }

    public long countOpenFor(String adviserId) {
        return Allocation.count("adviserId = ?1 and endedOn is null", adviserId);
    }

    /** Every open allocation with its young person, in one query. */
    public List<AllocatedYoungPerson> allOpen() {
        List<Object[]> rows = em.createQuery(
                        "select a.adviserId, p from Allocation a, YoungPerson p where p.caseRef = a.caseRef and a.endedOn is null",
                        Object[].class)
                .getResultList();
        return rows.stream().map(row -> new AllocatedYoungPerson((String) row[0], (YoungPerson) row[1])).toList();
    }

    public void persist(Allocation allocation) {
        allocation.persist();
    }

    /** Writes pending changes now, so that the queries after it (the leaver snapshot) see them. */
    public void flush() {
        em.flush();
    }
}
