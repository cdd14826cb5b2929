package org.leavingcare.notification.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.notification.config.AlertsConfig;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Re-evaluates every young person in the projection, because time passing makes duties due without
 * any event. Runs daily (and on demand); one sweep at a time across all replicas, through a
 * session-level PostgreSQL advisory lock held on a connection of its own. Each batch of young people
 * is its own transaction, so a sweep never holds locks for long and a failure loses one batch only.
 */
@ApplicationScoped
public class AlertSweep {

    /** pg_try_advisory_lock key of the sweep (ASCII "SWEEP"). */
    static final long SWEEP_LOCK = 0x5357454550L;

    @Inject
    DataSource dataSource;

    @Inject
    AlertEvaluator evaluator;

    @Inject
    AlertsConfig config;

    @Inject
    Clock clock;

    /** What a sweep did; {@code ran} is false when another replica held the lock. */
    public record Result(boolean ran, LocalDate asOf, AlertEvaluator.Outcome outcome, long millis) {
    }

    @Scheduled(identity = "alert-sweep", cron = "${suite.alerts.sweep-cron}",
            timeZone = "${suite.clock.zone}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Result result = sweep(LocalDate.now(clock));
        if (result.ran()) {
            AlertEvaluator.Outcome o = result.outcome();
            Log.infof("Alert sweep as of %s: %d young people, %d raised, %d escalated, %d resolved in %d ms",
                    result.asOf(), o.evaluated(), o.raised(), o.escalated(), o.resolved(), result.millis());
        } else {
            Log.info("Alert sweep skipped: another replica is sweeping");
        }
    }

    /** Sweeps as of {@code today} (the service clock's date for the scheduled sweep). */
    public Result sweep(LocalDate today) {
        long started = System.nanoTime();
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock)) {
                return new Result(false, today, AlertEvaluator.Outcome.NONE, 0);
            }
            try {
                AlertEvaluator.Outcome total = AlertEvaluator.Outcome.NONE;
                String after = "";
                while (after != null) {
                    AlertEvaluator.Batch batch = evaluator.sweepBatch(after, config.sweepBatchSize(), today);
                    total = total.plus(batch.outcome());
                    after = batch.lastCaseRef();
                }
                return new Result(true, today, total, (System.nanoTime() - started) / 1_000_000);
            } finally {
                unlock(lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the sweep lock", e);
        }
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, SWEEP_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, SWEEP_LOCK);
            ps.execute();
        }
    }
}
