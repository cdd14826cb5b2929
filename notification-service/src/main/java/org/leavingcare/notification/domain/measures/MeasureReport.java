package org.leavingcare.notification.domain.measures;

import java.util.List;

/** Every measure over one period, in {@link Measure} order. */
public record MeasureReport(Period period, List<MeasureResult> measures) {

    public MeasureReport {
        measures = List.copyOf(measures);
    }

    public MeasureResult result(Measure measure) {
        for (MeasureResult r : measures) {
            if (r.measure() == measure) {
                return r;
            }
        }
        throw new IllegalArgumentException("no result for " + measure);
    }
}
