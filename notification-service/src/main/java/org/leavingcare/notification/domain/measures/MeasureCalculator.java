package org.leavingcare.notification.domain.measures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The measures for one period from the deadlines the suite knows: for each clock, the cohort, the
 * number on time, late, still open and overdue, the on-time rate, the median days late, and the same
 * split by disabled, unaccompanied and other young people with each group's gap (docs/measures.md §2).
 * One pass over the deadlines, so a caseload of 100,000 young people costs one scan per period.
 */
public final class MeasureCalculator {

    private static final ParityGroup[] GROUPS = ParityGroup.values();

    private MeasureCalculator() {
    }

    /** Deadlines recorded against one team ({@code null}: every team). */
    public static Predicate<DeadlineFact> inTeam(String team) {
        return team == null ? fact -> true : fact -> team.equals(fact.team());
    }

    public static MeasureReport compute(Collection<DeadlineFact> facts, Period period) {
        return compute(facts, period, fact -> true);
    }

    public static MeasureReport compute(Collection<DeadlineFact> facts, Period period, Predicate<DeadlineFact> include) {
        Objects.requireNonNull(period, "period is required");
        Measure[] measures = Measure.values();
        TallyAccumulator[] all = new TallyAccumulator[measures.length];
        TallyAccumulator[][] byGroup = new TallyAccumulator[measures.length][GROUPS.length];
        for (int m = 0; m < measures.length; m++) {
            all[m] = new TallyAccumulator();
            for (int g = 0; g < GROUPS.length; g++) {
                byGroup[m][g] = new TallyAccumulator();
            }
        }
        for (DeadlineFact fact : facts) {
            if (!include.test(fact)) {
                continue;
            }
            Outcome outcome = period.outcomeOf(fact);
            if (outcome == null) {
                continue;
            }
            long days = period.daysLate(fact, outcome);
            int m = fact.measure().ordinal();
            all[m].add(outcome, days);
            for (int g = 0; g < GROUPS.length; g++) {
                if (GROUPS[g].includes(fact)) {
                    byGroup[m][g].add(outcome, days);
                }
            }
        }
        List<MeasureResult> results = new ArrayList<>(measures.length);
        for (int m = 0; m < measures.length; m++) {
            results.add(result(measures[m], all[m], byGroup[m]));
        }
        return new MeasureReport(period, results);
    }

    private static MeasureResult result(Measure measure, TallyAccumulator all, TallyAccumulator[] groups) {
        Tally[] tallies = new Tally[GROUPS.length];
        for (int g = 0; g < GROUPS.length; g++) {
            tallies[g] = groups[g].tally();
        }
        Double reference = tallies[ParityGroup.OTHER.ordinal()].onTimeRate();
        List<ParitySplit> splits = new ArrayList<>(GROUPS.length);
        for (int g = 0; g < GROUPS.length; g++) {
            Double rate = tallies[g].onTimeRate();
            Double gap = GROUPS[g] == ParityGroup.OTHER || rate == null || reference == null ? null : reference - rate;
            splits.add(new ParitySplit(GROUPS[g], tallies[g], gap));
        }
        return new MeasureResult(measure, all.tally(), splits);
    }
}
