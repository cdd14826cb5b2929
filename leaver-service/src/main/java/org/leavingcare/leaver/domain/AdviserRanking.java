package org.leavingcare.leaver.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranks active personal advisers for a young person. Advisers with room for the young person's weight
 * come first; among them, points for continuity (a previous adviser of the same young person), each
 * specialism the young person needs, the same team and a shared language; ties go to the most remaining
 * capacity, then the adviser id. Every rank carries its reasons.
 */
public final class AdviserRanking {

    /** Specialism codes an adviser may hold, matched against the young person's needs. */
    public static final String DISABILITY = "disability";
    public static final String UASC = "uasc";
    public static final String COMPLEX_NEEDS = "complex-needs";
    public static final String CUSTODY = "custody";
    public static final String PARENTHOOD = "parenthood";

    private final LeaverPolicy.RankingPoints points;

    public AdviserRanking(LeaverPolicy policy) {
        this.points = policy.ranking();
    }

    /** An adviser as the ranking sees them: the weighted caseload they already carry. */
    public record Candidate(String adviserId, String team, int capacity, int caseloadWeight, List<String> languages,
                            List<String> specialisms, boolean previousAdviser) {
    }

    /** One ranked adviser, with why it ranks where it does. */
    public record Recommendation(int rank, String adviserId, int score, int remainingCapacityAfter,
                                 boolean withinCapacity, List<String> reasons) {
    }

    /** The specialisms a young person's needs call for. */
    public static Set<String> neededSpecialisms(YoungPersonFacts facts) {
        Set<String> needed = new TreeSet<>();
        if (facts.disabled()) {
            needed.add(DISABILITY);
        }
        if (facts.uasc()) {
            needed.add(UASC);
        }
        if (facts.complexNeeds()) {
            needed.add(COMPLEX_NEEDS);
        }
        if (facts.inCustody()) {
            needed.add(CUSTODY);
        }
        if (facts.parent()) {
            needed.add(PARENTHOOD);
        }
        return needed;
    }

    public List<Recommendation> rank(YoungPersonFacts facts, int youngPersonWeight, List<Candidate> candidates) {
        Set<String> needed = neededSpecialisms(facts);
        Set<String> spoken = lower(facts.languages());
        record Scored(Candidate candidate, int score, int remaining, List<String> reasons) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            int remaining = c.capacity() - c.caseloadWeight() - youngPersonWeight;
            List<String> reasons = new ArrayList<>();
            int score = 0;
            if (c.previousAdviser()) {
                score += points.continuity();
                reasons.add("continuity: a previous adviser of this young person (+" + points.continuity() + ")");
            }
            Set<String> held = lower(c.specialisms());
            for (String specialism : needed) {
                if (held.contains(specialism)) {
                    score += points.specialism();
                    reasons.add("specialism " + specialism + " matches the young person's needs (+" + points.specialism() + ")");
                }
            }
            if (c.team() != null && c.team().equals(facts.team())) {
                score += points.team();
                reasons.add("same team " + c.team() + " (+" + points.team() + ")");
            }
            Set<String> shared = new TreeSet<>(lower(c.languages()));
            shared.retainAll(spoken);
            if (!shared.isEmpty()) {
                score += points.language();
                reasons.add("speaks " + String.join(", ", shared) + " (+" + points.language() + ")");
            }
            if (remaining >= 0) {
                reasons.add("remaining capacity " + remaining + " of " + c.capacity()
                        + " weighted points after this young person (weight " + youngPersonWeight + ")");
            } else {
                reasons.add("over capacity by " + (-remaining) + " of " + c.capacity()
                        + " weighted points with this young person (weight " + youngPersonWeight
                        + "): allocation needs an override with a reason");
            }
            scored.add(new Scored(c, score, remaining, reasons));
        }
        scored.sort(Comparator.comparing((Scored s) -> s.remaining() < 0)
                .thenComparing(Scored::score, Comparator.reverseOrder())
                .thenComparing(Scored::remaining, Comparator.reverseOrder())
                .thenComparing(s -> s.candidate().adviserId()));
        List<Recommendation> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            ranked.add(new Recommendation(i + 1, s.candidate().adviserId(), s.score(), s.remaining(),
                    s.remaining() >= 0, List.copyOf(s.reasons())));
        }
        return ranked;
    }

    private static Set<String> lower(List<String> values) {
        Set<String> out = new TreeSet<>();
        if (values != null) {
            for (String v : values) {
                if (v != null) {
                    out.add(v.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
