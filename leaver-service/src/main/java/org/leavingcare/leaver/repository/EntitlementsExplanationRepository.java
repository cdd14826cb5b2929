package org.leavingcare.leaver.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;

/** Records that the local offer and the young person's rights were explained. */
@ApplicationScoped
public class EntitlementsExplanationRepository {

    @Inject
    EntityManager em;

    /** Stores the explanation and writes it now (its id, and the snapshot queries after it). */
    public void add(EntitlementsExplanation explanation) {
        explanation.persist();
        em.flush();
    }

    /** The young person's explanations, latest first. */
    public List<EntitlementsExplanation> of(String caseRef) {
        return EntitlementsExplanation.list("caseRef = ?1 order by explainedOn desc, id desc", caseRef);
    }

    /** The day of the latest explanation the young person acknowledged, or {@code null}: only those count. */
    public LocalDate lastAcknowledged(String caseRef) {
        return em.createQuery(
                        "select max(e.explainedOn) from EntitlementsExplanation e where e.caseRef = ?1 and e.acknowledged = true",
                        LocalDate.class)
                .setParameter(1, caseRef).getSingleResult();
    }
}
