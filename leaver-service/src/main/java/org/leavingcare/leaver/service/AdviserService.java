package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.leavingcare.leaver.access.Scope;
import org.leavingcare.leaver.repository.Allocation;
import org.leavingcare.leaver.repository.AllocationRepository;
import org.leavingcare.leaver.repository.PersonalAdviser;
import org.leavingcare.leaver.repository.PersonalAdviserRepository;
import org.leavingcare.leaver.repository.YoungPerson;
import org.leavingcare.leaver.repository.YoungPersonRepository;
import org.leavingcare.leaver.problem.ApiProblem;
import org.leavingcare.leaver.rest.api.AdviserInput;
import org.leavingcare.leaver.rest.api.CaseloadView;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Personal advisers and their weighted caseloads. */
@ApplicationScoped
public class AdviserService {

    @Inject
    Clock clock;

    @Inject
    LeaverState state;

    @Inject
    PersonalAdviserRepository adviserRecords;

    @Inject
    AllocationRepository allocationRecords;

    @Inject
    YoungPersonRepository youngPeople;

    /** The outcome of an upsert: the adviser and whether it was created. */
    public record Upserted(PersonalAdviser adviser, boolean created) {
    }

    @Transactional
    public Upserted upsert(String id, AdviserInput input, String ifMatch) {
        PersonalAdviser adviser = adviserRecords.find(id);
        boolean created = adviser == null;
        if (created) {
            if (ifMatch != null && !ifMatch.equals("*")) {
                throw ApiProblem.preconditionFailed("If-Match names a version of an adviser that does not exist");
            }
            adviser = new PersonalAdviser();
            adviser.id = id;
            adviser.createdAt = Instant.now(clock);
        } else if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(adviser.etag())) {
            throw ApiProblem.preconditionFailed("The adviser has changed since version " + ifMatch
                    + "; the current version is " + adviser.etag());
        }
        if (!created && adviser.active && !input.active()) {
            long open = allocationRecords.countOpenFor(id);
            if (open > 0) {
                throw ApiProblem.conflict("Personal adviser " + id + " still has " + open + " open allocation"
                        + (open == 1 ? "" : "s") + "; transfer " + (open == 1 ? "it" : "them")
                        + " to another adviser (or end " + (open == 1 ? "it" : "them") + ") before deactivating");
            }
        }
        adviser.name = input.name();
        adviser.team = input.team();
        adviser.capacity = input.capacity();
        adviser.languages = input.languages() == null ? new String[0] : input.languages().stream().distinct().toArray(String[]::new);
        adviser.specialisms = input.specialisms() == null ? new String[0] : input.specialisms().stream().distinct().toArray(String[]::new);
        adviser.active = input.active();
        adviser.updatedAt = Instant.now(clock);
        if (created) {
            adviserRecords.persist(adviser);
        }
        try {
            adviserRecords.flush();
        } catch (PersistenceException e) {
            if (created && uniqueViolation(e)) {
                // two first-time PUTs at once: the other one created it
                throw ApiProblem.conflict("Personal adviser " + id + " was created by a concurrent request; "
                        + "read it and send If-Match with its ETag to update it");
            }
            throw e;
        }
        return new Upserted(adviser, created);
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonalAdviser get(String id) {
        PersonalAdviser adviser = adviserRecords.find(id);
        if (adviser == null) {
            throw ApiProblem.notFound("No personal adviser with id " + id);
        }
        return adviser;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonalAdviser> list(String team, Boolean active, int limit, int offset) {
        return adviserRecords.list(team, active, limit, offset);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseloadView caseload(String id) {
        PersonalAdviser adviser = get(id);
        List<CaseloadView.Entry> entries = new ArrayList<>();
        int total = 0;
        Scope scope = state.scope();
        for (Allocation allocation : allocationRecords.openFor(id)) {
            YoungPerson person = youngPeople.find(allocation.caseRef);
            int weight = state.weight(person);
            // the capacity figures are staff data and count everyone; the young people listed are scoped
            total += weight;
            if (scope.allows(new Scope.Facts(person.team, person.socialWorker, person.reviewingOfficer, id))) {
                entries.add(new CaseloadView.Entry(allocation.caseRef, weight, allocation.startedOn));
            }
        }
        return new CaseloadView(id, adviser.capacity, total, adviser.capacity - total, entries);
    }

    /** The weighted caseload of every adviser with open allocations, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> caseloadWeights() {
        Map<String, Integer> weights = new HashMap<>();
        for (AllocationRepository.AllocatedYoungPerson open : allocationRecords.allOpen()) {
            weights.merge(open.adviserId(), state.weight(open.youngPerson()), Integer::sum);
        }
        return weights;
    }

    /** One adviser's weighted caseload. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int caseloadWeight(String adviserId) {
        int total = 0;
        for (Allocation allocation : allocationRecords.openFor(adviserId)) {
            total += state.weight(youngPeople.find(allocation.caseRef));
        }
        return total;
    }
}
