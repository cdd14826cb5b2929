package org.leavingcare.notification.domain.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The measures month by month, each month judged with the deadlines as the ledger knew them on its last
 * day (docs/measures.md §3). The current month is judged as at today.
 */
public final class MonthlyTrend {

    /** Ten years: more than any dashboard shows, and a bound on the work one request can ask for. */
    public static final int MAX_MONTHS = 120;

    private MonthlyTrend() {
    }

    /**
     * {@code months} months ending with {@code lastMonth}, oldest first.
     *
     * @param today the service clock's date: {@code lastMonth} may not be after its month
     */
    public static List<TrendPoint> of(Collection<LedgerEntry> ledger, YearMonth lastMonth, int months,
                                      LocalDate today, Predicate<DeadlineFact> include) {
        Objects.requireNonNull(lastMonth, "lastMonth is required");
        Objects.requireNonNull(today, "today is required");
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be between 1 and " + MAX_MONTHS);
        }
        if (lastMonth.isAfter(YearMonth.from(today))) {
            throw new IllegalArgumentException("lastMonth must not be after the current month");
        }
        List<TrendPoint> points = new ArrayList<>(months);
        List<DeadlineFact> known = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            YearMonth month = lastMonth.minusMonths(i);
            Period period = Period.of(month).asAt(today);
            LocalDate lastDay = period.lastKnownDay();
            known.clear();
            for (LedgerEntry entry : ledger) {
                if (entry.knownOn(lastDay)) {
                    known.add(entry.fact());
                }
            }
            points.add(new TrendPoint(month, MeasureCalculator.compute(known, period, include)));
        }
        return points;
    }
}
