package org.leavingcare.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
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
import java.sql.Timestamp;
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
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM alert_sweep WHERE as_of = ? LIMIT 1")) {
            ps.setObject(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the sweeps", e);
        }
    }

    /** Sweeps as of {@code today}, whether or not a sweep for that day has run (on demand, tests, benchmark). */
    public Result sweep(LocalDate today) {
        return run(today, false);
    }

    private Result run(LocalDate today, boolean unlessDone) {
        long started = System.nanoTime();
        Instant startedAt = Instant.now(clock);
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock)) {
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
                record(lock, result, startedAt);
                return result;
            } finally {
                unlock(lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the sweep lock", e);
        }
    }

    /** Records a completed sweep (autocommit, on the lock's connection: after every batch has committed). */
    private void record(Connection c, Result result, Instant startedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO alert_sweep (as_of, started_at, finished_at, evaluated, raised, escalated, resolved)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            AlertEvaluator.Outcome o = result.outcome();
            ps.setObject(1, result.asOf());
            ps.setTimestamp(2, Timestamp.from(startedAt));
            ps.setTimestamp(3, Timestamp.from(Instant.now(clock)));
            ps.setInt(4, o.evaluated());
            ps.setInt(5, o.raised());
            ps.setInt(6, o.escalated());
            ps.setInt(7, o.resolved());
            ps.executeUpdate();
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
