package org.leavingcare.notification.domain.measures;

import java.util.Arrays;

/** Counts outcomes and keeps the days late for the median, without a boxed value per deadline. */
final class TallyAccumulator {

    private int onTime;
    private int late;
    private int open;
    private int overdue;
    private long[] daysLate = new long[8];
    private int lateCount;

    void add(Outcome outcome, long days) {
        switch (outcome) {
            case ON_TIME -> onTime++;
            case OPEN -> open++;
            case LATE -> {
                late++;
                keep(days);
            }
            case OVERDUE -> {
                overdue++;
                keep(days);
            }
        }
    }

    private void keep(long days) {
        if (lateCount == daysLate.length) {
            daysLate = Arrays.copyOf(daysLate, lateCount * 2);
        }
        daysLate[lateCount++] = days;
    }

    Tally tally() {
        int judged = onTime + late + overdue;
        Double rate = judged == 0 ? null : (double) onTime / judged;
        return new Tally(judged + open, onTime, late, open, overdue, rate, median());
    }

    private Double median() {
        if (lateCount == 0) {
            return null;
        }
        long[] sorted = Arrays.copyOf(daysLate, lateCount);
        Arrays.sort(sorted);
        int middle = lateCount / 2;
        return lateCount % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
