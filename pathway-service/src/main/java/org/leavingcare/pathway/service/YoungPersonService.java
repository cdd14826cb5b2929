package org.leavingcare.pathway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.problem.ApiProblem;
import org.leavingcare.pathway.youngperson.YoungPerson;
import org.leavingcare.pathway.youngperson.YoungPersonInput;

import java.time.Clock;
import java.time.Instant;

@ApplicationScoped
public class YoungPersonService {

    @Inject
    Clock clock;

    /** The outcome of an upsert: the record and whether it was created. */
    public record Upserted(YoungPerson person, boolean created) {
    }

    /**
     * Creates or replaces the record for {@code caseRef}. With {@code ifMatch}, the write happens only
     * if the stored version still has that entity tag (412 otherwise).
     */
    @Transactional
    public Upserted upsert(String caseRef, YoungPersonInput input, String ifMatch) {
        YoungPerson person = YoungPerson.findByCaseRef(caseRef).orElse(null);
        boolean created = person == null;
        if (created) {
            if (ifMatch != null && !ifMatch.equals("*") ) {
                throw ApiProblem.preconditionFailed("If-Match names a version of a record that does not exist");
            }
            person = new YoungPerson();
            person.caseRef = caseRef;
            person.createdAt = Instant.now(clock);
        } else if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(person.etag())) {
            throw ApiProblem.preconditionFailed("The record has changed since version " + ifMatch
                    + "; the current version is " + person.etag());
        }
        person.givenName = input.givenName();
        person.familyName = input.familyName();
        person.dateOfBirth = input.dateOfBirth();
        person.gender = input.gender();
        person.team = input.team();
        person.updatedAt = Instant.now(clock);
        if (created) {
            person.persist();
        }
        YoungPerson.flush();
        return new Upserted(person, created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public YoungPerson get(String caseRef) {
        return YoungPerson.findByCaseRef(caseRef)
                .orElseThrow(() -> ApiProblem.notFound("No young person with case reference " + caseRef));
    }
}
