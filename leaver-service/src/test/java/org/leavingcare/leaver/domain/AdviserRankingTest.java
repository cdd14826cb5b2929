package org.leavingcare.leaver.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdviserRankingTest {

    final AdviserRanking ranking = new AdviserRanking(LeaverPolicy.defaults());

    /** A disabled UASC young person in the north team who speaks Tigrinya. */
    final YoungPersonFacts facts = new YoungPersonFacts(LocalDate.of(2010, 5, 14), "north", true, true, false,
            false, false, List.of("ti"), List.of());

    static AdviserRanking.Candidate adviser(String id, String team, int capacity, int caseload, List<String> languages,
                                            List<String> specialisms, boolean previous) {
        return new AdviserRanking.Candidate(id, team, capacity, caseload, languages, specialisms, previous);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // name | team | capacity | caseload | languages | specialisms | previous | score | remaining after
            "nothing in common             | south | 20 | 10 |       |                 | false | 0  | 7",
            "same team                     | north | 20 | 10 |       |                 | false | 15 | 7",
            "one matching specialism       | south | 20 | 10 |       | disability      | false | 20 | 7",
            "two matching specialisms      | south | 20 | 10 |       | disability,uasc | false | 40 | 7",
            "a specialism not needed       | south | 20 | 10 |       | custody         | false | 0  | 7",
            "a shared language             | south | 20 | 10 | ti,en |                 | false | 10 | 7",
            "continuity                    | south | 20 | 10 |       |                 | true  | 40 | 7",
            "everything                    | north | 20 | 17 | TI    | UASC,disability | true  | 105 | 0",
            "over capacity                 | north | 20 | 18 |       |                 | false | 15 | -1",
    })
    void eachFactorEarnsItsPointsAndSaysWhy(String name, String team, int capacity, int caseload, String languages,
                                            String specialisms, boolean previous, int score, int remaining) {
        AdviserRanking.Candidate c = adviser("pa-1", team, capacity, caseload, split(languages), split(specialisms), previous);
        // weight 3: base 1, disability 1, UASC 1
        AdviserRanking.Recommendation r = ranking.rank(facts, 3, List.of(c)).get(0);
        assertEquals(score, r.score(), name);
        assertEquals(remaining, r.remainingCapacityAfter(), name);
        assertEquals(remaining >= 0, r.withinCapacity(), name);
        String last = r.reasons().get(r.reasons().size() - 1);
        assertTrue(last.startsWith(remaining >= 0 ? "remaining capacity" : "over capacity"), last);
        assertEquals(previous, r.reasons().stream().anyMatch(s -> s.startsWith("continuity")), name);
    }

    @Test
    void advisersWithRoomComeFirstThenByScoreThenByRemainingCapacity() {
        List<AdviserRanking.Recommendation> ranked = ranking.rank(facts, 3, List.of(
                adviser("pa-full", "north", 10, 9, List.of("ti"), List.of("disability", "uasc"), true),
                adviser("pa-team-roomy", "north", 30, 5, List.of(), List.of(), false),
                adviser("pa-team-busy", "north", 20, 15, List.of(), List.of(), false),
                adviser("pa-uasc", "south", 20, 15, List.of(), List.of("uasc"), false),
                adviser("pa-continuity", "south", 20, 0, List.of(), List.of(), true)));
        assertEquals(List.of("pa-continuity", "pa-uasc", "pa-team-roomy", "pa-team-busy", "pa-full"),
                ranked.stream().map(AdviserRanking.Recommendation::adviserId).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), ranked.stream().map(AdviserRanking.Recommendation::rank).toList());
        AdviserRanking.Recommendation full = ranked.get(4);
        assertFalse(full.withinCapacity());
        assertEquals(-2, full.remainingCapacityAfter());
        assertTrue(full.reasons().get(full.reasons().size() - 1).contains("needs an override"));
        assertEquals(List.of("same team north (+15)",
                "remaining capacity 22 of 30 weighted points after this young person (weight 3)"), ranked.get(2).reasons());
    }

    @Test
    void equalScoresAndCapacityFallBackToTheAdviserId() {
        List<AdviserRanking.Recommendation> ranked = ranking.rank(facts, 1, List.of(
                adviser("pa-b", "north", 10, 0, List.of(), List.of(), false),
                adviser("pa-a", "north", 10, 0, List.of(), List.of(), false)));
        assertEquals(List.of("pa-a", "pa-b"), ranked.stream().map(AdviserRanking.Recommendation::adviserId).toList());
    }

    @Test
    void theNeededSpecialismsComeFromTheYoungPersonsNeeds() {
        YoungPersonFacts all = new YoungPersonFacts(LocalDate.of(2010, 5, 14), "north", true, true, true, true, true,
                List.of(), List.of());
        assertEquals(List.of("complex-needs", "custody", "disability", "parenthood", "uasc"),
                List.copyOf(AdviserRanking.neededSpecialisms(all)));
    }

    static List<String> split(String csv) {
        return csv == null ? List.of() : List.of(csv.split(","));
    }
}
