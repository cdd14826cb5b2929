package org.leavingcare.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.notification.config.AlertsConfig;
import org.leavingcare.notification.repository.AlertSweeps;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Re-evaluates every young person in the projection, because time passing makes duties due without
 * any event. Runs once a day (and on demand); one sweep at a time across all replicas, through a
 * session-level PostgreSQL advisory lock held on a connection of its own. Each batch of young people
 * is its own transaction, so a sweep never holds locks for long and a failure loses one batch only.
 */
@ApplicationScoped
public class AlertSweep {

    @Inject
    DataSource dataSource;

    @Inject
    AlertEvaluator evaluator;

    @Inject
    AlertSweeps sweeps;

    @Inject
    AlertsConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    /** What a sweep did; {@code ran} is false when another replica held the lock. */
    public record Result(boolean ran, LocalDate asOf, AlertEvaluator.Outcome outcome, long millis) {
    }

    /**
     * Runs today's sweep once it is due (after {@code suite.alerts.sweep-after}) and no replica has
     * completed one for today: a daily sweep that a replica missed, being down, is caught up at the
     * next check.
     */
    @Scheduled(identity = "alert-sweep", every = "${suite.alerts.sweep-check-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sweepIfDue(ZonedDateTime.now(clock));
    }

    /** Sweeps as of {@code now}'s date if it is due and not yet done; whether it swept. */
    public boolean sweepIfDue(ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        if (now.toLocalTime().isBefore(config.sweepAfter()) || sweptOn(today)) {
            return false;
        }
        Result result = run(today, true);
        if (result.ran()) {
            AlertEvaluator.Outcome o = result.outcome();
            Log.infof("Alert sweep as of %s: %d young people, %d raised, %d escalated, %d resolved in %d ms",
                    result.asOf(), o.evaluated(), o.raised(), o.escalated(), o.resolved(), result.millis());
        } else {
            Log.info("Alert sweep skipped: another replica is sweeping or has swept today");
        }
        return result.ran();
    }

    /** Whether a sweep as of {@code day} has completed (on any replica). */
    public boolean sweptOn(LocalDate day) {
        return sweeps.sweptOn(day);
    }

    /** Sweeps as of {@code today}, whether or not a sweep for that day has run (on demand, tests, benchmark). */
    public Result sweep(LocalDate today) {
        return run(today, false);
    }

    private Result run(LocalDate today, boolean unlessDone) {
        long started = System.nanoTime();
        Instant startedAt = Instant.now(clock);
        try (Connection lock = dataSource.getConnection()) {
            if (!sweeps.tryLock(lock)) {
                return new Result(false, today, AlertEvaluator.Outcome.NONE, 0);
            }
            try {
                if (unlessDone && sweptOn(today)) {
                    // another replica finished today's sweep between our check and our lock
                    return new Result(false, today, AlertEvaluator.Outcome.NONE, 0);
                }
                AlertEvaluator.Outcome total = AlertEvaluator.Outcome.NONE;
                String after = "";
                while (after != null) {
                    AlertEvaluator.Batch batch = evaluator.sweepBatch(after, config.sweepBatchSize(), today);
                    total = total.plus(batch.outcome());
                    after = batch.lastCaseRef();
                }
                Result result = new Result(true, today, total, (System.nanoTime() - started) / 1_000_000);
                metrics.timer("alerts.sweep").record(Duration.ofMillis(result.millis()));
                AlertEvaluator.Outcome o = result.outcome();
                sweeps.record(lock, result.asOf(), startedAt, Instant.now(clock), o.evaluated(), o.raised(),
                        o.escalated(), o.resolved());
                return result;
            } finally {
                sweeps.unlock(lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the sweep lock", e);
        }
    }
}
