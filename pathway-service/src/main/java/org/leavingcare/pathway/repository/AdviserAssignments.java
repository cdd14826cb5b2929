package org.leavingcare.pathway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/** adviser_assignment: each young person's current personal adviser, as leaver-service's feed last said. */
@ApplicationScoped
public class AdviserAssignments {

    @Inject
    EntityManager em;

    /** The current personal adviser, or null. */
    public String adviserOf(String caseRef) {
        List<?> rows = em.createNativeQuery("SELECT adviser_id FROM adviser_assignment WHERE case_ref = ?1")
                .setParameter(1, caseRef).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Records the adviser (null: none) an event of {@code sourceSequence} names; an older event never overwrites a newer one. */
    public void assign(String caseRef, String adviserId, long sourceSequence) {
        em.createNativeQuery("INSERT INTO adviser_assignment (case_ref, adviser_id, source_sequence) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (case_ref) DO UPDATE SET adviser_id = EXCLUDED.adviser_id,"
                        + " source_sequence = EXCLUDED.source_sequence"
                        + " WHERE adviser_assignment.source_sequence < EXCLUDED.source_sequence")
                .setParameter(1, caseRef).setParameter(2, adviserId).setParameter(3, sourceSequence)
                .executeUpdate();
    }
}
