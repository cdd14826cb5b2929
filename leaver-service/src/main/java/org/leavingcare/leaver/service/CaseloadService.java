package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.access.Scope;
import org.leavingcare.leaver.domain.CaseloadWeighting;
import org.leavingcare.leaver.repository.Allocation;
import org.leavingcare.leaver.repository.AllocationRepository;
import org.leavingcare.leaver.repository.PersonalAdviser;
import org.leavingcare.leaver.repository.YoungPerson;
import org.leavingcare.leaver.repository.YoungPersonFactsReader;
import org.leavingcare.leaver.repository.YoungPersonRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Advisers' caseloads in weighted points (the complexity of each young person's needs counts). */
@ApplicationScoped
@Transactional
public class CaseloadService {

    @Inject
    AdviserService advisers;

    @Inject
    AllocationRepository allocations;

    @Inject
    YoungPersonRepository youngPeople;

    @Inject
    YoungPeopleInScope inScope;

    @Inject
    YoungPersonFactsReader factsReader;

    @Inject
    CaseloadWeighting weighting;

    /** An adviser's caseload: the figures count everyone, the young people listed are those in the caller's scope. */
    public record Caseload(String adviserId, int capacity, int weightedTotal, int remainingCapacity,
                           List<YoungPersonWeight> youngPeople) {
    }

    /** A young person on a caseload and the weight they add. */
    public record YoungPersonWeight(String caseRef, int weight, LocalDate allocatedOn) {
    }

    /** The adviser's caseload; 404 if there is no such adviser. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Caseload caseload(String id) {
        PersonalAdviser adviser = advisers.get(id);
        List<YoungPersonWeight> entries = new ArrayList<>();
        int total = 0;
        Scope scope = inScope.scope();
        for (Allocation allocation : allocations.openFor(id)) {
            YoungPerson person = youngPeople.find(allocation.caseRef);
            int weight = weight(person);
            // the capacity figures are staff data and count everyone; the young people listed are scoped
            total += weight;
            if (scope.allows(new Scope.Facts(person.team, person.socialWorker, person.reviewingOfficer, id))) {
                entries.add(new YoungPersonWeight(allocation.caseRef, weight, allocation.startedOn));
            }
        }
        return new Caseload(id, adviser.capacity, total, adviser.capacity - total, entries);
    }

    /** The weighted caseload of every adviser with open allocations, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> caseloadWeights() {
        Map<String, Integer> weights = new HashMap<>();
        for (AllocationRepository.AllocatedYoungPerson open : allocations.allOpen()) {
            weights.merge(open.adviserId(), weight(open.youngPerson()), Integer::sum);
        }
        return weights;
    }

    /** One adviser's weighted caseload. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int caseloadWeight(String adviserId) {
        int total = 0;
        for (Allocation allocation : allocations.openFor(adviserId)) {
            total += weight(youngPeople.find(allocation.caseRef));
        }
        return total;
    }

    private int weight(YoungPerson person) {
        return weighting.weight(factsReader.facts(person));
    }
}
