package org.leavingcare.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The completed sweeps ({@code alert_sweep}) and the sweep's session-level advisory lock, which is held on
 * a connection of its own for the whole sweep so that one sweep runs at a time across all replicas.
 */
@ApplicationScoped
public class AlertSweeps {

    /** pg_try_advisory_lock key of the sweep (ASCII "SWEEP"). */
    static final long SWEEP_LOCK = 0x5357454550L;

    @Inject
    DataSource dataSource;

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

    /** Records a completed sweep (autocommit, on the lock's connection: after every batch has committed). */
    public void record(Connection c, LocalDate asOf, Instant startedAt, Instant finishedAt, int evaluated, int raised,
                       int escalated, int resolved) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO alert_sweep (as_of, started_at, finished_at, evaluated, raised, escalated, resolved)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, asOf);
            ps.setTimestamp(2, Timestamp.from(startedAt));
            ps.setTimestamp(3, Timestamp.from(finishedAt));
            ps.setInt(4, evaluated);
            ps.setInt(5, raised);
            ps.setInt(6, escalated);
            ps.setInt(7, resolved);
            ps.executeUpdate();
        }
    }

    /** Takes the sweep lock on {@code c} if no other session holds it; whether it did. */
    public boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, SWEEP_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Releases the sweep lock taken on {@code c}. */
    public void unlock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, SWEEP_LOCK);
            ps.execute();
        }
    }
}
