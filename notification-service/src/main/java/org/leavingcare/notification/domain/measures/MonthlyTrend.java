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
 * day (docs/measures.md §3); the current month is judged as at today. One pass over the ledger: each
 * version is judged only in the months it was known and could be in the cohort (from the month its
 * clock started to the month it was settled), which gives the same figures as judging every version in
 * every month, in a fraction of the time.
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
        YearMonth first = lastMonth.minusMonths(months - 1L);
        Period[] periods = new Period[months];
        LocalDate[] lastKnown = new LocalDate[months];
        ReportAccumulator[] reports = new ReportAccumulator[months];
        for (int i = 0; i < months; i++) {
            periods[i] = Period.of(first.plusMonths(i)).asAt(today);
            lastKnown[i] = periods[i].lastKnownDay();
            reports[i] = new ReportAccumulator();
        }
        for (LedgerEntry entry : ledger) {
            DeadlineFact fact = entry.fact();
            if (!include.test(fact)) {
                continue;
            }
            int lo = Math.max(0, Math.max(index(first, entry.knownFrom()), index(first, fact.opensOn())));
            int hi = months - 1;
            if (entry.knownUntil() != null) {
                hi = Math.min(hi, index(first, entry.knownUntil()));
            }
            LocalDate settled = settled(fact);
            if (settled != null) {
                hi = Math.min(hi, index(first, settled));
            }
            for (int i = lo; i <= hi; i++) {
                if (!entry.knownOn(lastKnown[i])) {
                    continue;
                }
                Outcome outcome = periods[i].outcomeOf(fact);
                if (outcome != null) {
                    reports[i].add(fact, outcome, periods[i].daysLate(fact, outcome));
                }
            }
        }
        List<TrendPoint> points = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            points.add(new TrendPoint(first.plusMonths(i), reports[i].report(periods[i])));
        }
        return points;
    }

    /** The month of {@code day} counted from {@code first} (negative before it; far dates are clamped). */
    private static int index(YearMonth first, LocalDate day) {
        long months = (day.getYear() - (long) first.getYear()) * 12 + day.getMonthValue() - first.getMonthValue();
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, months));
    }

    /** The last day on which the deadline can still be in a month's cohort: when it was met or lapsed. */
    private static LocalDate settled(DeadlineFact fact) {
        if (fact.metOn() != null) {
            return fact.metOn().isBefore(fact.opensOn()) ? fact.opensOn() : fact.metOn();
        }
        return fact.lapsedOn();
    }
}
