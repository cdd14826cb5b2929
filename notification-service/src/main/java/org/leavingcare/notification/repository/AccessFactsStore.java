package org.leavingcare.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.leavingcare.notification.domain.AccessFacts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a young person's {@link AccessFacts} from the projection ({@code young_person}, {@code leaver}). */
@ApplicationScoped
public class AccessFactsStore {

    @Inject
    EntityManager em;

    /** The facts of each young person the projection knows of (others are absent from the map). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, AccessFacts> findAll(Collection<String> caseRefs) {
        Map<String, AccessFacts> facts = new HashMap<>();
        if (caseRefs.isEmpty()) {
            return facts;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT r.ref, y.team, y.social_worker, y.reviewing_officer, l.adviser_id, y.case_ref, l.case_ref
                    FROM unnest(?) AS r(ref)
                    LEFT JOIN young_person y ON y.case_ref = r.ref
                    LEFT JOIN leaver l ON l.case_ref = r.ref""")) {
                ps.setArray(1, c.createArrayOf("varchar", caseRefs.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(6) != null || rs.getString(7) != null) {
                            facts.put(rs.getString(1), new AccessFacts(rs.getString(2), rs.getString(3),
                                    rs.getString(4), rs.getString(5)));
                        }
                    }
                }
            }
        });
        return facts;
    }

    /** The facts, or {@code null} when neither feed has told this service about the young person. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AccessFacts find(String caseRef) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT y.team, y.social_worker, y.reviewing_officer, l.adviser_id,
                            y.case_ref AS y_ref, l.case_ref AS l_ref
                        FROM (SELECT CAST(:ref AS VARCHAR) AS case_ref) r
                        LEFT JOIN young_person y ON y.case_ref = r.case_ref
                        LEFT JOIN leaver l ON l.case_ref = r.case_ref""")
                .setParameter("ref", caseRef)
                .getResultList();
        Object[] row = rows.get(0);
        if (row[4] == null && row[5] == null) {
            return null;
        }
        return new AccessFacts((String) row[0], (String) row[1], (String) row[2], (String) row[3]);
    }
}
