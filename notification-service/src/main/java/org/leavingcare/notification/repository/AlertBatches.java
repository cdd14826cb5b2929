package org.leavingcare.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.leavingcare.notification.domain.AlertStatus;
import org.leavingcare.notification.domain.rules.Finding;
import org.leavingcare.notification.domain.rules.Severity;
import org.leavingcare.notification.domain.rules.YoungPersonFacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alert rows of one evaluation batch, in plain JDBC on the caller's (transaction's) connection: the
 * unresolved alerts of the batch's young people in one query, and the raised, escalated and resolved
 * ones written with one batched statement each.
 *
 * <p>Every transaction that changes alerts first takes {@link #ALERTS_LOCK} ({@link #lock}), so the feed
 * consumers and the sweep (on any replica) never race to raise the same alert.
 */
@ApplicationScoped
public class AlertBatches {

    /** pg_advisory_xact_lock key serialising writers of alerts (ASCII "ALERTS"). */
    static final long ALERTS_LOCK = 0x414c45525453L;

    /** An unresolved alert as the evaluation needs it. */
    public record Unresolved(long id, String ruleId, String caseRef, LocalDate dueOn, Severity severity, boolean breach,
                             AlertStatus status, String team, boolean disabled, boolean uasc) {
    }

    /**
     * The young people of one evaluation, as an SQL condition on {@code case_ref}. A sweep batch is
     * {@code contiguous} (every young person between its first and last case reference, in order), so its
     * alerts are found by an index range rather than a long array: {@code case_ref = ANY(2000 values)} can
     * turn into a per-row scan of the array when statistics are stale.
     */
    public record CaseRefs(List<String> caseRefs, boolean contiguous) {
        String condition() {
            return contiguous ? "case_ref BETWEEN ? AND ?" : "case_ref = ANY (?)";
        }

        /** Binds the condition's parameters from {@code index}; returns the next index. */
        int bind(Connection c, PreparedStatement ps, int index) throws SQLException {
            if (contiguous) {
                ps.setString(index, caseRefs.get(0));
                ps.setString(index + 1, caseRefs.get(caseRefs.size() - 1));
                return index + 2;
            }
            ps.setArray(index, c.createArrayOf("varchar", caseRefs.toArray()));
            return index + 1;
        }
    }

    /** A finding that raises a new alert under an id taken from {@link #nextIds}. */
    public record Raised(long id, YoungPersonFacts person, Finding finding) {
    }

    /** An unresolved alert whose severity, breach or young person's team and flags changed. */
    public record Changed(long id, Severity severity, boolean breach, AlertStatus status, boolean escalated,
                          String team, boolean disabled, boolean uasc) {
    }

    /** An unresolved alert whose condition cleared, and why. */
    public record Resolved(long id, String resolution) {
    }

    /** Takes the alerts lock until the end of the caller's transaction. */
    public void lock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, ALERTS_LOCK);
            ps.execute();
        }
    }

    /** The unresolved alerts of these young people, by case reference, in id order. */
    public Map<String, List<Unresolved>> unresolved(Connection c, CaseRefs people) throws SQLException {
        Map<String, List<Unresolved>> byCaseRef = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, rule_id, case_ref, due_on, severity, breach, status, team, disabled, uasc
                FROM alert WHERE %s AND status <> 'RESOLVED' ORDER BY id""".formatted(people.condition()))) {
            people.bind(c, ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Unresolved alert = new Unresolved(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), Severity.valueOf(rs.getString(5)), rs.getBoolean(6),
                            AlertStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10));
                    byCaseRef.computeIfAbsent(alert.caseRef(), k -> new ArrayList<>(2)).add(alert);
                }
            }
        }
        return byCaseRef;
    }

    /** {@code count} new alert ids. */
    public List<Long> nextIds(Connection c, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('alert_id_seq') FROM generate_series(1, ?)")) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * Inserts the raised alerts; each count is 1 for a row written and 0 where an alert with the same rule,
     * case reference and due date already existed (a resolved one, for {@link #reopen}).
     */
    public int[] insert(Connection c, List<Raised> raised, Instant now) throws SQLException {
        List<Object[]> rows = new ArrayList<>(raised.size());
        for (Raised r : raised) {
            YoungPersonFacts person = r.person();
            Finding finding = r.finding();
            rows.add(new Object[]{r.id(), finding.ruleId(), person.caseRef(), finding.dueOn(), person.team(),
                    person.disabled(), person.uasc(), finding.severity().name(), finding.breach(),
                    Timestamp.from(now), Timestamp.from(now)});
        }
        return batch(c, """
                INSERT INTO alert (id, rule_id, case_ref, due_on, team, disabled, uasc, severity, breach, status,
                    first_raised_at, last_evaluated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                ON CONFLICT (rule_id, case_ref, due_on) DO NOTHING""", rows);
    }

    /** A resolved alert whose condition returned with the same due date is opened again; its id, or null. */
    public Long reopen(Connection c, YoungPersonFacts person, Finding finding, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE alert SET status = 'OPEN', severity = ?, breach = ?, team = ?, disabled = ?, uasc = ?,
                    resolved_at = NULL, resolution = NULL, last_evaluated_at = ?, version = version + 1
                WHERE rule_id = ? AND case_ref = ? AND due_on = ? AND status = 'RESOLVED'
                RETURNING id""")) {
            ps.setString(1, finding.severity().name());
            ps.setBoolean(2, finding.breach());
            ps.setString(3, person.team());
            ps.setBoolean(4, person.disabled());
            ps.setBoolean(5, person.uasc());
            ps.setTimestamp(6, Timestamp.from(now));
            ps.setString(7, finding.ruleId());
            ps.setString(8, person.caseRef());
            ps.setObject(9, finding.dueOn());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Writes the changed alerts; an escalation also records when it happened. */
    public void update(Connection c, List<Changed> changed, Instant now) throws SQLException {
        List<Object[]> rows = new ArrayList<>(changed.size());
        for (Changed u : changed) {
            rows.add(new Object[]{u.severity().name(), u.breach(), u.status().name(),
                    u.escalated() ? Timestamp.from(now) : null, u.team(), u.disabled(), u.uasc(),
                    Timestamp.from(now), u.id()});
        }
        batch(c, """
                UPDATE alert SET severity = ?, breach = ?, status = ?, escalated_at = COALESCE(?, escalated_at),
                    team = ?, disabled = ?, uasc = ?, last_evaluated_at = ?, version = version + 1
                WHERE id = ?""", rows);
    }

    /** Resolves the alerts whose condition cleared. */
    public void resolve(Connection c, List<Resolved> resolved, Instant now) throws SQLException {
        List<Object[]> rows = new ArrayList<>(resolved.size());
        for (Resolved r : resolved) {
            rows.add(new Object[]{Timestamp.from(now), r.resolution(), Timestamp.from(now), r.id()});
        }
        batch(c, """
                UPDATE alert SET status = 'RESOLVED', resolved_at = ?, resolution = ?, last_evaluated_at = ?,
                    version = version + 1
                WHERE id = ?""", rows);
    }

    /** Marks every other unresolved alert of these young people as evaluated now. */
    public void touch(Connection c, CaseRefs people, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE alert SET last_evaluated_at = ? WHERE " + people.condition()
                        + " AND status <> 'RESOLVED' AND last_evaluated_at <> ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            int next = people.bind(c, ps, 2);
            // rows raised or changed by this evaluation already carry the time
            ps.setTimestamp(next, Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    private static int[] batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            return ps.executeBatch();
        }
    }
}
