package org.leavingcare.notification.domain.measures;

import java.util.List;

/** One measure over one period: everyone, and the split by parity group (in {@link ParityGroup} order). */
public record MeasureResult(Measure measure, Tally all, List<ParitySplit> parity) {

    public MeasureResult {
        parity = List.copyOf(parity);
    }

    public ParitySplit split(ParityGroup group) {
        for (ParitySplit s : parity) {
            if (s.group() == group) {
                return s;
            }
        }
        throw new IllegalArgumentException("no split for " + group);
    }
}
