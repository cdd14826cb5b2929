package org.leavingcare.notification.domain.measures;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The measures for one period from the deadlines the suite knows: for each clock, the cohort, the
 * number on time, late, still open and overdue, the on-time rate, the median days late, and the same
 * split by disabled, unaccompanied and other young people with each group's gap (docs/measures.md §2).
 * One pass over the deadlines, so a caseload of 100,000 young people costs one scan per period.
 */
public final class MeasureCalculator {

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
        ReportAccumulator report = new ReportAccumulator();
        for (DeadlineFact fact : facts) {
            if (!include.test(fact)) {
                continue;
            }
            Outcome outcome = period.outcomeOf(fact);
            if (outcome != null) {
                report.add(fact, outcome, period.daysLate(fact, outcome));
            }
        }
        return report.report(period);
    }
}
