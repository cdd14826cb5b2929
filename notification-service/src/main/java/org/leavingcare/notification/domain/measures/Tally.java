package org.leavingcare.notification.domain.measures;

/**
 * The counts of one measure over one cohort in one period (docs/measures.md §2.1).
 *
 * @param cohort         every deadline in the period's cohort: {@code onTime + late + open + overdue}
 * @param onTimeRate     {@code onTime / (onTime + late + overdue)} as a fraction from 0 to 1; {@code null}
 *                       when nothing was judged (every deadline still open, or an empty cohort)
 * @param medianDaysLate the median days late over the late and overdue deadlines; {@code null} when there are none
 */
public record Tally(int cohort, int onTime, int late, int open, int overdue, Double onTimeRate, Double medianDaysLate) {

    /** The deadlines whose outcome is known: on time, late or overdue. */
    public int judged() {
        return onTime + late + overdue;
    }
}
