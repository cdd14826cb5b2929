package org.leavingcare.leaver.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Personal advisers (staff records). */
@ApplicationScoped
public class PersonalAdviserRepository {

    @Inject
    EntityManager em;

    /** The adviser, or {@code null}. */
    public PersonalAdviser find(String id) {
        return PersonalAdviser.findById(id);
    }

    /** The adviser locked for the rest of the transaction (two allocations to one adviser queue), or {@code null}. */
    public PersonalAdviser lock(String id) {
        return em.find(PersonalAdviser.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A page of advisers by id, filtered by team and active flag when given. */
    public List<PersonalAdviser> list(String team, Boolean active, int limit, int offset) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (team != null) {
            query.append(" and team = :team");
            params.put("team", team);
        }
        if (active != null) {
            query.append(" and active = :active");
            params.put("active", active);
        }
        return PersonalAdviser.<PersonalAdviser>find(query + " order by id", params)
                .range(offset, offset + limit - 1).list();
    }

    /** Every active adviser, by id. */
    public List<PersonalAdviser> active() {
        return PersonalAdviser.list("active = true order by id");
    }

    public void persist(PersonalAdviser adviser) {
        adviser.persist();
    }

    /** Writes pending changes now; a new adviser whose id was taken meanwhile fails here. */
    public void flush() {
        PersonalAdviser.flush();
    }
}
