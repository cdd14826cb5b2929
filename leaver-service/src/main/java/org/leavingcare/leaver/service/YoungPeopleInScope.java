package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.leaver.access.CurrentCaller;
import org.leavingcare.leaver.access.Scope;
import org.leavingcare.leaver.problem.ApiProblem;
import org.leavingcare.leaver.repository.AllocationRepository;
import org.leavingcare.leaver.repository.YoungPerson;
import org.leavingcare.leaver.repository.YoungPersonRepository;

/**
 * The young people the caller of the current request may see (docs/access-and-audit.md). One outside
 * the caller's scope gets the 404 of a young person the service does not know: existence is not disclosed.
 */
@ApplicationScoped
public class YoungPeopleInScope {

    @Inject
    YoungPersonRepository youngPeople;

    @Inject
    AllocationRepository allocations;

    @Inject
    CurrentCaller caller;

    /** The young person; 404 if pathway-service has not published them or they are not in the caller's scope. */
    public YoungPerson get(String caseRef) {
        return visible(youngPeople.find(caseRef), caseRef);
    }

    /** The same, locked for the rest of the transaction. */
    public YoungPerson lock(String caseRef) {
        return visible(youngPeople.lock(caseRef), caseRef);
    }

    /** Whether the caller may see {@code person}; the current adviser is read only if the scope needs it. */
    public boolean allows(YoungPerson person) {
        Scope scope = caller.scope();
        if (scope.allows(new Scope.Facts(person.team, person.socialWorker, person.reviewingOfficer, null))) {
            return true;
        }
        return scope.dependsOnAdviser() && scope.allows(new Scope.Facts(person.team, person.socialWorker,
                person.reviewingOfficer, allocations.current(person.caseRef).map(a -> a.adviserId).orElse(null)));
    }

    /** The caller's scope. */
    public Scope scope() {
        return caller.scope();
    }

    private YoungPerson visible(YoungPerson person, String caseRef) {
        if (person == null || !allows(person)) {
            throw ApiProblem.notFound("No young person with case reference " + caseRef
                    + " has reached leaver-service from pathway-service's change feed");
        }
        return person;
    }
}
