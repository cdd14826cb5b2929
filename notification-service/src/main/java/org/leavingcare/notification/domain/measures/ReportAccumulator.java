package org.leavingcare.notification.domain.measures;

import java.util.ArrayList;
import java.util.List;

/** The tallies of every measure, overall and by parity group, for one period while deadlines are added. */
final class ReportAccumulator {

    private static final Measure[] MEASURES = Measure.values();
    private static final ParityGroup[] GROUPS = ParityGroup.values();

    private final TallyAccumulator[] all = new TallyAccumulator[MEASURES.length];
    private final TallyAccumulator[][] byGroup = new TallyAccumulator[MEASURES.length][GROUPS.length];

    ReportAccumulator() {
        for (int m = 0; m < MEASURES.length; m++) {
            all[m] = new TallyAccumulator();
            for (int g = 0; g < GROUPS.length; g++) {
                byGroup[m][g] = new TallyAccumulator();
            }
        }
    }

    void add(DeadlineFact fact, Outcome outcome, long daysLate) {
        int m = fact.measure().ordinal();
        all[m].add(outcome, daysLate);
        for (int g = 0; g < GROUPS.length; g++) {
            if (GROUPS[g].includes(fact)) {
                byGroup[m][g].add(outcome, daysLate);
            }
        }
    }

    MeasureReport report(Period period) {
        List<MeasureResult> results = new ArrayList<>(MEASURES.length);
        for (int m = 0; m < MEASURES.length; m++) {
            results.add(result(MEASURES[m], all[m], byGroup[m]));
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
