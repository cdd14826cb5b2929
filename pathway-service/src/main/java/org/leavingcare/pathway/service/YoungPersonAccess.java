package org.leavingcare.pathway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.pathway.access.AccessControl;
import org.leavingcare.pathway.access.Caller;
import org.leavingcare.pathway.access.Scope;
import org.leavingcare.pathway.audit.AuditLog;
import org.leavingcare.pathway.problem.ApiProblem;
import org.leavingcare.pathway.repository.AdviserAssignments;
import org.leavingcare.pathway.repository.YoungPeople;
import org.leavingcare.pathway.repository.YoungPerson;

import java.time.Instant;

/**
 * A young person's record as the current caller may reach it: {@link Scope} applied to one record (404 when out of
 * scope, exactly as if there were none), and the record locked for a write after checking {@code If-Match}.
 */
@ApplicationScoped
public class YoungPersonAccess {

    @Inject
    CaseClock caseClock;

    @Inject
    AccessControl access;

    @Inject
    AdviserAssignments advisers;

    @Inject
    YoungPeople youngPeople;

    @Inject
    AuditLog audit;

    /** The same 404 as a young person that does not exist. */
    public static ApiProblem notFound(String caseRef) {
        return ApiProblem.notFound("No young person with case reference " + caseRef);
    }

    /** The young person, if the caller may see them: 404 otherwise, exactly as if there were none. */
    public YoungPerson find(String caseRef) {
        YoungPerson person = YoungPerson.findByCaseRef(caseRef).orElseThrow(() -> notFound(caseRef));
        requireInScope(person);
        audit.touched(caseRef);
        return person;
    }

    /**
     * The young person, locked for this transaction, after checking {@code If-Match}; the version is raised so
     * that every change to the record or its parts gives a new ETag.
     */
    public YoungPerson forUpdate(String caseRef, String ifMatch, String by) {
        YoungPerson person = find(caseRef);
        // wait for any other writer of this young person, then check the version they may have changed
        youngPeople.lockForWrite(person);
        IfMatch.require(person.version, ifMatch, "record");
        youngPeople.raiseVersion(person);
        person.updatedBy = by;
        person.updatedAt = Instant.now(caseClock.clock);
        return person;
    }

    public boolean inScope(YoungPerson person) {
        Caller caller = access.caller();
        if (caller.seesEverything()) {
            return true;
        }
        // the adviser is looked up only when it can matter: one query fewer on every other caller's read
        String adviser = caller.has("personal-adviser") ? advisers.adviserOf(person.caseRef) : null;
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
}
