package org.leavingcare.notification.domain.measures.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws a stratified random sample of young people for case audits (docs/measures.md §6). Every
 * non-empty stratum gets one case first (in priority order, if the sample is smaller than the number of
 * strata); the rest is shared by
 * weighted population (the D'Hondt rule: each next case goes to the stratum with the highest
 * {@code weight × population / (drawn + 1)}); within a stratum the cases are a simple random sample.
 *
 * <p>Reproducible: the same seed and the same candidates (in any order) give the same sample, on any
 * JVM, because candidates are put in case-reference order first and {@link Random}'s algorithm is fixed
 * by its specification. Each stratum has its own stream, so a change in one stratum's population does
 * not reshuffle the others.
 */
public final class AuditSampler {

    public static final int MAX_SIZE = 500;

    private static final long STRATUM_SALT = 0x9E3779B97F4A7C15L;

    private AuditSampler() {
    }

    public static AuditSample draw(Collection<AuditCandidate> candidates, int size, long seed, AuditWeights weights) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        Map<AuditStratum, List<AuditCandidate>> strata = stratify(candidates);
        Map<AuditStratum, Integer> allocation = allocate(strata, size, weights);
        List<SampledCase> cases = new ArrayList<>(size);
        List<StratumDraw> draws = new ArrayList<>();
        for (AuditStratum stratum : AuditStratum.values()) {
            List<AuditCandidate> members = strata.get(stratum);
            int drawn = allocation.get(stratum);
            draws.add(new StratumDraw(stratum, members.size(), drawn));
            if (drawn == 0) {
                continue;
            }
            double probability = (double) drawn / members.size();
            for (AuditCandidate c : firstOfShuffle(members, drawn, new Random(seed ^ (STRATUM_SALT * (stratum.ordinal() + 1))))) {
                cases.add(new SampledCase(c.caseRef(), c.team(), stratum, c.openBreaches(), probability));
            }
        }
        return new AuditSample(seed, size, cases, draws);
    }

    /** Candidates by stratum, each in case-reference order, one per case reference (the first, most breaches). */
    private static Map<AuditStratum, List<AuditCandidate>> stratify(Collection<AuditCandidate> candidates) {
        List<AuditCandidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(AuditCandidate::caseRef).thenComparing(AuditCandidate::openBreaches, Comparator.reverseOrder()));
        Map<String, AuditCandidate> distinct = new LinkedHashMap<>();
        for (AuditCandidate c : ordered) {
            distinct.putIfAbsent(c.caseRef(), c);
        }
        Map<AuditStratum, List<AuditCandidate>> strata = new EnumMap<>(AuditStratum.class);
        for (AuditStratum s : AuditStratum.values()) {
            strata.put(s, new ArrayList<>());
        }
        for (AuditCandidate c : distinct.values()) {
            strata.get(AuditStratum.of(c)).add(c);
        }
        return strata;
    }

    static Map<AuditStratum, Integer> allocate(Map<AuditStratum, List<AuditCandidate>> strata, int size, AuditWeights weights) {
        Map<AuditStratum, Integer> drawn = new EnumMap<>(AuditStratum.class);
        int total = 0;
        for (AuditStratum s : AuditStratum.values()) {
            total += strata.get(s).size();
            drawn.put(s, 0);
        }
        int remaining = Math.min(size, total);
        // every group the caseload has is looked at, however small; a sample too small for all of them
        // takes the groups in priority order (open breaches first)
        for (AuditStratum s : AuditStratum.values()) {
            if (remaining > 0 && !strata.get(s).isEmpty()) {
                drawn.put(s, 1);
                remaining--;
            }
        }
        while (remaining > 0) {
            AuditStratum best = null;
            double bestQuotient = -1;
            for (AuditStratum s : AuditStratum.values()) {
                int population = strata.get(s).size();
                int already = drawn.get(s);
                if (already >= population) {
                    continue;
                }
                double quotient = (double) weights.of(s) * population / (already + 1);
                if (quotient > bestQuotient) {
                    best = s;
                    bestQuotient = quotient;
                }
            }
            drawn.merge(best, 1, Integer::sum);
            remaining--;
        }
        return drawn;
    }

    /** The first {@code count} of a Fisher-Yates shuffle: a simple random sample without replacement. */
    private static List<AuditCandidate> firstOfShuffle(List<AuditCandidate> members, int count, Random random) {
        List<AuditCandidate> pool = new ArrayList<>(members);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(pool.size() - i);
            AuditCandidate swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return pool.subList(0, count);
    }
}
