package org.leavingcare.leaver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.domain.AdviserRanking;
import org.leavingcare.leaver.domain.CaseloadWeighting;
import org.leavingcare.leaver.domain.YoungPersonFacts;
import org.leavingcare.leaver.repository.Allocation;
import org.leavingcare.leaver.repository.AllocationRepository;
import org.leavingcare.leaver.repository.PersonalAdviser;
import org.leavingcare.leaver.repository.PersonalAdviserRepository;
import org.leavingcare.leaver.repository.YoungPerson;
import org.leavingcare.leaver.repository.YoungPersonFactsReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Active advisers ranked for a young person, each with the reasons for its rank. */
@ApplicationScoped
@Transactional
public class RecommendationService {

    @Inject
    YoungPeopleInScope youngPeople;

    @Inject
    AllocationRepository allocations;

    @Inject
    PersonalAdviserRepository advisers;

    @Inject
    CaseloadService caseloads;

    @Inject
    YoungPersonFactsReader factsReader;

    @Inject
    CaseloadWeighting weighting;

    @Inject
    AdviserRanking ranking;

    /** The ranked advisers for a young person of {@code weight} who needs {@code neededSpecialisms}. */
    public record Shortlist(String caseRef, int weight, List<String> neededSpecialisms, List<RankedAdviser> advisers) {
    }

    /** One adviser's rank, and the adviser's team. */
    public record RankedAdviser(AdviserRanking.Recommendation ranking, String team) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Shortlist recommendations(String caseRef) {
        YoungPerson person = youngPeople.get(caseRef);
        YoungPersonFacts facts = factsReader.facts(person);
        int weight = weighting.weight(facts);
        List<Allocation> history = allocations.history(caseRef);
        // allocating the current adviser again is a 409: leave them out; continuity only for ended allocations
        String currentAdviser = history.stream().filter(a -> a.endedOn == null).map(a -> a.adviserId).findFirst()
                .orElse(null);
        Set<String> previous = history.stream().filter(a -> a.endedOn != null).map(a -> a.adviserId)
                .collect(Collectors.toSet());
        Map<String, Integer> loads = caseloads.caseloadWeights();
        List<PersonalAdviser> active = advisers.active();
        Map<String, PersonalAdviser> byId = new HashMap<>();
        List<AdviserRanking.Candidate> candidates = new ArrayList<>();
        for (PersonalAdviser a : active) {
            if (a.id.equals(currentAdviser)) {
                continue;
            }
            byId.put(a.id, a);
            candidates.add(new AdviserRanking.Candidate(a.id, a.team, a.capacity, loads.getOrDefault(a.id, 0),
                    List.of(a.languages), List.of(a.specialisms), previous.contains(a.id)));
        }
        List<RankedAdviser> ranked = ranking.rank(facts, weight, candidates).stream()
                .map(r -> new RankedAdviser(r, byId.get(r.adviserId()).team))
                .toList();
        return new Shortlist(caseRef, weight, List.copyOf(AdviserRanking.neededSpecialisms(facts)), ranked);
    }
}
