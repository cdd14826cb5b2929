package org.leavingcare.notification.domain.measures.audit;

import org.junit.jupiter.api.Test;
import org.leavingcare.notification.domain.measures.DeadlineFact;
import org.leavingcare.notification.domain.measures.Measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case-audit sampler: reproducible from its seed, stratified and weighted as documented. */
class AuditSamplerTest {

    /** 10 with an open breach, 10 disabled, 10 unaccompanied, 70 others. */
    static List<AuditCandidate> caseload() {
        List<AuditCandidate> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String ref = String.format("CR-%03d", i);
            if (i < 10) {
                all.add(new AuditCandidate(ref, "north", i % 2 == 0, false, 1 + i % 3));
            } else if (i < 20) {
                all.add(new AuditCandidate(ref, "north", true, i % 2 == 0, 0));
            } else if (i < 30) {
                all.add(new AuditCandidate(ref, "south", false, true, 0));
            } else {
                all.add(new AuditCandidate(ref, i % 2 == 0 ? "north" : "south", false, false, 0));
            }
        }
        return all;
    }

    static Map<AuditStratum, Integer> drawnPerStratum(AuditSample sample) {
        Map<AuditStratum, Integer> drawn = new java.util.EnumMap<>(AuditStratum.class);
        sample.strata().forEach(s -> drawn.put(s.stratum(), s.drawn()));
        return drawn;
    }

    @Test
    void theSameSeedAndCaseloadGiveTheSameSampleWhateverTheOrder() {
        List<AuditCandidate> shuffled = caseload();
        Collections.shuffle(shuffled, new Random(7));
        AuditSample first = AuditSampler.draw(caseload(), 20, 20260310L, AuditWeights.defaults());
        AuditSample again = AuditSampler.draw(shuffled, 20, 20260310L, AuditWeights.defaults());
        assertEquals(first, again);
        assertNotEquals(first.cases(), AuditSampler.draw(caseload(), 20, 20260311L, AuditWeights.defaults()).cases(),
                "another seed draws another sample");
    }

    @Test
    void theAllocationIsWeightedByStratumAsCountedByHand() {
        // one each first, then D'Hondt over weight x population (30, 20, 20, 70) for the other 16:
        // other takes 35, 23.3, 17.5, 14, 11.7, 10, 8.75, 7.8, 7; breaches 15, 10, 7.5; disabled 10, 6.7; unaccompanied 10, 6.7
        AuditSample sample = AuditSampler.draw(caseload(), 20, 1L, AuditWeights.defaults());
        assertEquals(Map.of(AuditStratum.OPEN_BREACH, 4, AuditStratum.DISABLED, 3, AuditStratum.UNACCOMPANIED, 3,
                AuditStratum.OTHER, 10), drawnPerStratum(sample));
        assertEquals(20, sample.cases().size());
        assertEquals(20, new HashSet<>(sample.cases().stream().map(SampledCase::caseRef).toList()).size(), "no case twice");
        // a young person with an open breach is nearly three times as likely to be drawn as another (0.4 against 10/70)
        SampledCase breach = sample.cases().get(0);
        assertEquals(AuditStratum.OPEN_BREACH, breach.stratum());
        assertEquals(0.4, breach.inclusionProbability(), 1e-9);
        assertTrue(breach.openBreaches() > 0);
    }

    @Test
    void casesComeInStratumOrderAndBelongToTheirStratum() {
        AuditSample sample = AuditSampler.draw(caseload(), 20, 99L, AuditWeights.defaults());
        List<AuditStratum> order = sample.cases().stream().map(SampledCase::stratum).toList();
        List<AuditStratum> sorted = new ArrayList<>(order);
        Collections.sort(sorted);
        assertEquals(sorted, order);
        Map<String, AuditCandidate> byRef = new java.util.HashMap<>();
        caseload().forEach(c -> byRef.put(c.caseRef(), c));
        for (SampledCase c : sample.cases()) {
            assertEquals(AuditStratum.of(byRef.get(c.caseRef())), c.stratum(), c.caseRef());
        }
    }

    @Test
    void aSampleSmallerThanTheStrataTakesThemInPriorityOrder() {
        AuditSample sample = AuditSampler.draw(caseload(), 2, 5L, AuditWeights.defaults());
        assertEquals(Map.of(AuditStratum.OPEN_BREACH, 1, AuditStratum.DISABLED, 1, AuditStratum.UNACCOMPANIED, 0,
                AuditStratum.OTHER, 0), drawnPerStratum(sample));
    }

    @Test
    void aSampleAsBigAsTheCaseloadTakesEveryone() {
        List<AuditCandidate> few = caseload().subList(0, 12);
        AuditSample sample = AuditSampler.draw(few, 50, 5L, AuditWeights.defaults());
        assertEquals(12, sample.cases().size());
        assertTrue(sample.cases().stream().allMatch(c -> c.inclusionProbability() == 1.0));
    }

    @Test
    void anEmptyStratumDrawsNothingAndEqualWeightsArePlainProportion() {
        List<AuditCandidate> others = caseload().subList(30, 100);
        AuditSample sample = AuditSampler.draw(others, 7, 3L, new AuditWeights(1, 1, 1, 1));
        assertEquals(Map.of(AuditStratum.OPEN_BREACH, 0, AuditStratum.DISABLED, 0, AuditStratum.UNACCOMPANIED, 0,
                AuditStratum.OTHER, 7), drawnPerStratum(sample));
    }

    @Test
    void aCaseReferenceIsDrawnOnceEvenIfListedTwice() {
        List<AuditCandidate> twice = new ArrayList<>(caseload().subList(0, 3));
        twice.add(new AuditCandidate("CR-000", "north", true, false, 0));
        AuditSample sample = AuditSampler.draw(twice, 10, 1L, AuditWeights.defaults());
        assertEquals(3, sample.cases().size());
    }

    @Test
    void theSizeIsBounded() {
        assertEquals("size must be between 1 and 500", assertThrows(IllegalArgumentException.class,
                () -> AuditSampler.draw(caseload(), 0, 1L, AuditWeights.defaults())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> AuditSampler.draw(caseload(), 501, 1L, AuditWeights.defaults()));
        assertThrows(IllegalArgumentException.class, () -> new AuditWeights(0, 1, 1, 1));
    }

    @Test
    void openBreachesAreTheDeadlinesOverdueToday() {
        LocalDate today = LocalDate.parse("2026-03-10");
        List<DeadlineFact> deadlines = List.of(
                new DeadlineFact("CR-B1", Measure.NEEDS_ASSESSMENT, today.minusMonths(4), today.minusDays(1), null, null, "north", false, false),
                new DeadlineFact("CR-B1", Measure.CONTACT, today.minusMonths(2), today, null, null, "north", false, false),
                new DeadlineFact("CR-B1", Measure.PLAN_REVIEW, today.minusMonths(7), today.minusDays(5), today.minusDays(1), null, "north", false, false),
                new DeadlineFact("CR-B1", Measure.ADVISER_ALLOCATED, today.minusMonths(7), today.minusDays(5), null, today, "north", false, false));
        // overdue since yesterday: one; due today, met, or lapsed: none
        assertEquals(1, AuditCandidate.of("CR-B1", "north", false, false, deadlines, today).openBreaches());
        Set<AuditStratum> strata = Set.of(AuditStratum.of(AuditCandidate.of("CR-B1", "north", true, true, deadlines, today)));
        assertEquals(Set.of(AuditStratum.OPEN_BREACH), strata);
    }
}
