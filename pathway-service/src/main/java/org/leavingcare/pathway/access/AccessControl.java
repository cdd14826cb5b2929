package org.leavingcare.pathway.access;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.leavingcare.pathway.problem.ApiProblem;
import org.leavingcare.pathway.repository.YoungPerson;

import java.util.List;

/** Applies {@link Scope} to the current caller: 404 for a record out of scope, SQL conditions for lists. */
@ApplicationScoped
public class AccessControl {

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager em;

    /** The current request's caller; the service itself outside a request. */
    public Caller caller() {
        if (!Arc.container().requestContext().isActive()) {
            return Caller.SYSTEM;
        }
        return Caller.of(identity);
    }

    /** The same 404 as a young person that does not exist. */
    public static ApiProblem notFound(String caseRef) {
        return ApiProblem.notFound("No young person with case reference " + caseRef);
    }

    public boolean inScope(YoungPerson person) {
        Caller caller = caller();
        if (caller.seesEverything()) {
            return true;
        }
        // the adviser is looked up only when it can matter: one query fewer on every other caller's read
        String adviser = caller.has("personal-adviser") ? adviserOf(person.caseRef) : null;
        return Scope.allows(caller, new Scope.Facts(person.team, person.socialWorker, person.reviewingOfficer, adviser));
    }

    /** 404, exactly as if it did not exist, unless the caller may see {@code person}. */
    public void requireInScope(YoungPerson person) {
        if (!inScope(person)) {
            throw notFound(person.caseRef);
        }
    }

    /**
     * A user's write must leave the young person in their own scope (422 naming {@code team});
     * {@code integration} and {@code service} write anything.
     */
    public void requireStillInScope(YoungPerson person) {
        if (!inScope(person)) {
            throw ApiProblem.unprocessable("team", "would put the young person outside what you may see: keep a team"
                    + " of yours, or yourself as social worker");
        }
    }

    /** The current personal adviser as leaver-service's feed last said, or null. */
    public String adviserOf(String caseRef) {
        List<?> rows = em.createNativeQuery("SELECT adviser_id FROM adviser_assignment WHERE case_ref = ?1")
                .setParameter(1, caseRef).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** The scope condition for the current caller over young person rows aliased {@code alias}. */
    public Scope.Sql sql(String alias) {
        return Scope.sql(caller(), alias);
    }
}
