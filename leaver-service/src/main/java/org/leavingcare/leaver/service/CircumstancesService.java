package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.audit.AuditLog;
import org.leavingcare.leaver.feed.LeaverEventType;
import org.leavingcare.leaver.feed.LeaverFeed;
import org.leavingcare.leaver.feed.LeaverSnapshots;
import org.leavingcare.leaver.problem.ApiProblem;
import org.leavingcare.leaver.repository.YoungPerson;
import org.leavingcare.leaver.repository.YoungPersonRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts leaver-service records itself about a young person: custody and parenthood (caseload weight),
 * languages (adviser matching) and a move into council-provided accommodation (PA-6 visits).
 */
@ApplicationScoped
@Transactional
public class CircumstancesService {

    @Inject
    Clock clock;

    @Inject
    YoungPeopleInScope youngPeople;

    @Inject
    YoungPersonRepository youngPersonRecords;

    @Inject
    LeaverSnapshots snapshots;

    @Inject
    LeaverFeed feed;

    @Inject
    AuditLog audit;

    /** The circumstances as recorded; {@code councilAccommodationFrom} is {@code null} when not living in it. */
    public record Circumstances(boolean inCustody, boolean parent, List<String> languages,
                                LocalDate councilAccommodationFrom) {
    }

    /** Replaces the circumstances, unless {@code ifMatch} names an older version (412). */
    public YoungPerson update(String caseRef, Circumstances input, String ifMatch) {
        if (input.councilAccommodationFrom() != null) {
            InputDates.notInFuture(input.councilAccommodationFrom(), LocalDate.now(clock), "councilAccommodationFrom");
        }
        YoungPerson person = youngPeople.lock(caseRef);
        InputDates.notBeforeBirth(person, input.councilAccommodationFrom(), "councilAccommodationFrom");
        if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(person.circumstancesETag())) {
            throw ApiProblem.preconditionFailed("The circumstances of " + caseRef + " have changed since version "
                    + ifMatch + "; the current version is " + person.circumstancesETag());
        }
        person.circumstancesVersion++;
        person.inCustody = input.inCustody();
        person.parent = input.parent();
        person.languages = input.languages() == null ? new String[0] : input.languages().stream().distinct().toArray(String[]::new);
        person.councilAccommodationFrom = input.councilAccommodationFrom();
        person.updatedAt = Instant.now(clock);
        youngPersonRecords.flush();
        audit.written(caseRef);
        feed.publish(LeaverEventType.CIRCUMSTANCES_UPDATED, snapshots.snapshot(person));
        return person;
    }

    /** The entity tag of a young person's circumstances; 404 outside the caller's scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String circumstancesETag(String caseRef) {
        return youngPeople.get(caseRef).circumstancesETag();
    }
}
