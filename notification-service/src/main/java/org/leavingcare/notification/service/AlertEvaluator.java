package org.leavingcare.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.domain.AlertStatus;
import org.leavingcare.notification.repository.NotificationOutbox;
import org.leavingcare.notification.repository.ProjectionStore;
import org.leavingcare.notification.domain.rules.Finding;
import org.leavingcare.notification.domain.rules.Rule;
import org.leavingcare.notification.domain.rules.RuleCatalogue;
import org.leavingcare.notification.domain.rules.Severity;
import org.leavingcare.notification.domain.rules.YoungPersonFacts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Brings the alerts of a batch of young people in line with what the rules find today: raises new
 * ones, escalates those whose severity rose, resolves those whose condition cleared, and records each
 * of these as a notification in the same transaction. Works on whole batches (one query for the facts,
 * one for the alerts, batched writes), so an event and the sweep run exactly the same code.
 *
 * <p>Every transaction that changes alerts first takes {@link #ALERTS_LOCK}, so the feed consumers and
 * the sweep (on any replica) never race to raise the same alert.
 */
@ApplicationScoped
public class AlertEvaluator {

    /** pg_advisory_xact_lock key serialising writers of alerts (ASCII "ALERTS"). */
    static final long ALERTS_LOCK = 0x414c45525453L;

    @Inject
    DataSource dataSource;

    @Inject
    ProjectionStore projection;

    @Inject
    RuleCatalogue catalogue;

    @Inject
    NotificationOutbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    /** What one evaluation did. */
    public record Outcome(int evaluated, int raised, int escalated, int resolved) {
        public static final Outcome NONE = new Outcome(0, 0, 0, 0);

        public Outcome plus(Outcome o) {
            return new Outcome(evaluated + o.evaluated, raised + o.raised, escalated + o.escalated, resolved + o.resolved);
        }
    }

    /** The result of one sweep batch: the outcome and the last case reference, to continue after. */
    public record Batch(Outcome outcome, String lastCaseRef) {
    }

    /** Re-evaluates these young people (those touched by applied events), inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome evaluate(Collection<String> caseRefs, LocalDate today) {
        if (caseRefs.isEmpty()) {
            return Outcome.NONE;
        }
        try (Connection c = dataSource.getConnection()) {
            lockAlerts(c);
            return evaluate(c, projection.facts(c, caseRefs), today, false);
        } catch (SQLException e) {
            throw new IllegalStateException("could not evaluate alerts", e);
        }
    }

    /** One batch of the sweep, in its own transaction: the next {@code size} young people after {@code after}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch sweepBatch(String after, int size, LocalDate today) {
        try (Connection c = dataSource.getConnection()) {
            lockAlerts(c);
            List<YoungPersonFacts> people = projection.factsAfter(c, after, size);
            if (people.isEmpty()) {
                return new Batch(Outcome.NONE, null);
            }
            Outcome outcome = evaluate(c, people, today, true);
            return new Batch(outcome, people.get(people.size() - 1).caseRef());
        } catch (SQLException e) {
            throw new IllegalStateException("could not sweep alerts", e);
        }
    }

    private static void lockAlerts(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, ALERTS_LOCK);
            ps.execute();
        }
    }

    /** An unresolved alert as the evaluation needs it. */
    private record Current(long id, String ruleId, String caseRef, LocalDate dueOn, Severity severity, boolean breach,
                           AlertStatus status, String team, boolean disabled, boolean uasc) {
    }

    private record Key(String ruleId, LocalDate dueOn) {
    }

    /** A change to notify once written. */
    private record Change(String type, long alertId, YoungPersonFacts person, String ruleId, Severity severity,
                          LocalDate dueOn, AlertStatus status) {
    }

    /**
     * Evaluates {@code people}. A sweep batch is {@code contiguous} (every young person between its first and
     * last case reference, in order), so its alerts are found by an index range rather than a long array:
     * {@code case_ref = ANY(2000 values)} can turn into a per-row scan of the array when statistics are stale.
     */
    Outcome evaluate(Connection c, List<YoungPersonFacts> people, LocalDate today, boolean contiguous) throws SQLException {
        long started = System.nanoTime();
        Instant now = Instant.now(clock);
        Scope scope = new Scope(people, contiguous);
        Map<String, List<Current>> current = unresolved(c, scope);
        List<Object[]> inserts = new ArrayList<>();
        List<YoungPersonFacts> insertPeople = new ArrayList<>();
        List<Finding> insertFindings = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> resolutions = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int escalated = 0;
        int resolved = 0;

        for (YoungPersonFacts person : people) {
            Map<Key, Finding> findings = new LinkedHashMap<>();
            for (Finding finding : catalogue.evaluate(person, today)) {
                findings.put(new Key(finding.ruleId(), finding.dueOn()), finding);
            }
            for (Current alert : current.getOrDefault(person.caseRef(), List.of())) {
                Finding finding = findings.remove(new Key(alert.ruleId(), alert.dueOn()));
                if (finding == null) {
                    String why = resolution(alert, person, today);
                    resolutions.add(new Object[]{Timestamp.from(now), why, Timestamp.from(now), alert.id()});
                    changes.add(new Change("alert.resolved", alert.id(), person, alert.ruleId(), alert.severity(),
                            alert.dueOn(), AlertStatus.RESOLVED));
                    resolved++;
                    continue;
                }
                boolean escalation = finding.severity().isAbove(alert.severity()) || (finding.breach() && !alert.breach());
                boolean changed = escalation || finding.severity() != alert.severity() || finding.breach() != alert.breach()
                        || !Objects.equals(person.team(), alert.team()) || person.disabled() != alert.disabled()
                        || person.uasc() != alert.uasc();
                if (!changed) {
                    continue;
                }
                // an escalation puts an acknowledged alert back in front of the team
                AlertStatus status = escalation ? AlertStatus.OPEN : alert.status();
                updates.add(new Object[]{finding.severity().name(), finding.breach(), status.name(),
                        escalation ? Timestamp.from(now) : null, person.team(), person.disabled(), person.uasc(),
                        Timestamp.from(now), alert.id()});
                if (escalation) {
                    changes.add(new Change("alert.escalated", alert.id(), person, alert.ruleId(), finding.severity(),
                            alert.dueOn(), status));
                    escalated++;
                }
            }
            for (Finding finding : findings.values()) {
                insertPeople.add(person);
                insertFindings.add(finding);
            }
        }

        int raised = 0;
        if (!insertFindings.isEmpty()) {
            List<Long> ids = nextIds(c, insertFindings.size());
            for (int i = 0; i < insertFindings.size(); i++) {
                YoungPersonFacts person = insertPeople.get(i);
                Finding finding = insertFindings.get(i);
                inserts.add(new Object[]{ids.get(i), finding.ruleId(), person.caseRef(), finding.dueOn(), person.team(),
                        person.disabled(), person.uasc(), finding.severity().name(), finding.breach(),
                        Timestamp.from(now), Timestamp.from(now)});
            }
            int[] counts = batch(c, """
                    INSERT INTO alert (id, rule_id, case_ref, due_on, team, disabled, uasc, severity, breach, status,
                        first_raised_at, last_evaluated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                    ON CONFLICT (rule_id, case_ref, due_on) DO NOTHING""", inserts);
            for (int i = 0; i < counts.length; i++) {
                YoungPersonFacts person = insertPeople.get(i);
                Finding finding = insertFindings.get(i);
                Long id = counts[i] == 1 ? ids.get(i) : reopen(c, person, finding, now);
                if (id != null) {
                    changes.add(new Change("alert.raised", id, person, finding.ruleId(), finding.severity(),
                            finding.dueOn(), AlertStatus.OPEN));
                    raised++;
                }
            }
        }
        batch(c, """
                UPDATE alert SET severity = ?, breach = ?, status = ?, escalated_at = COALESCE(?, escalated_at),
                    team = ?, disabled = ?, uasc = ?, last_evaluated_at = ?, version = version + 1
                WHERE id = ?""", updates);
        batch(c, """
                UPDATE alert SET status = 'RESOLVED', resolved_at = ?, resolution = ?, last_evaluated_at = ?,
                    version = version + 1
                WHERE id = ?""", resolutions);
        touch(c, scope, now);
        long written = System.nanoTime();

        // one statement for the batch's notifications, in the same transaction (the outbox)
        List<NotificationOutbox.Notification> notifications = new ArrayList<>(changes.size());
        for (Change change : changes) {
            notifications.add(new NotificationOutbox.Notification(change.type(), change.alertId(), change.person().caseRef(),
                    change.person().team(), change.ruleId(), change.person().disabled(), change.person().uasc(),
                    data(change)));
        }
        outbox.recordAll(notifications);
        if (!changes.isEmpty()) {
            Log.debugf("Alerts for %d young people: %d raised, %d escalated, %d resolved (evaluated and written in %d ms, "
                            + "notified in %d ms)", people.size(), raised, escalated, resolved,
                    (written - started) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
        }
        count("raised", raised);
        count("escalated", escalated);
        count("resolved", resolved);
        return new Outcome(people.size(), raised, escalated, resolved);
    }

    private void count(String change, int n) {
        if (n > 0) {
            metrics.counter("alerts.changes", "change", change).increment(n);
        }
    }

    /** Why an alert resolved by itself. */
    private String resolution(Current alert, YoungPersonFacts person, LocalDate today) {
        for (Finding other : catalogue.evaluate(person, today)) {
            if (other.ruleId().equals(alert.ruleId())) {
                return "Superseded on " + today + ": the due date is now " + other.dueOn();
            }
        }
        String why = catalogue.find(alert.ruleId()).map(Rule::clearedWhen).orElse("the rule was withdrawn");
        String text = "Condition cleared on " + today + ": " + why;
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    /** The young people of one evaluation, as an SQL condition on {@code case_ref}. */
    private record Scope(List<YoungPersonFacts> people, boolean contiguous) {
        String condition() {
            return contiguous ? "case_ref BETWEEN ? AND ?" : "case_ref = ANY (?)";
        }

        /** Binds the condition's parameters from {@code index}; returns the next index. */
        int bind(Connection c, PreparedStatement ps, int index) throws SQLException {
            if (contiguous) {
                ps.setString(index, people.get(0).caseRef());
                ps.setString(index + 1, people.get(people.size() - 1).caseRef());
                return index + 2;
            }
            ps.setArray(index, c.createArrayOf("varchar", people.stream().map(YoungPersonFacts::caseRef).toArray()));
            return index + 1;
        }
    }

    private Map<String, List<Current>> unresolved(Connection c, Scope scope) throws SQLException {
        Map<String, List<Current>> byCaseRef = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, rule_id, case_ref, due_on, severity, breach, status, team, disabled, uasc
                FROM alert WHERE %s AND status <> 'RESOLVED' ORDER BY id""".formatted(scope.condition()))) {
            scope.bind(c, ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Current alert = new Current(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), Severity.valueOf(rs.getString(5)), rs.getBoolean(6),
                            AlertStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10));
                    byCaseRef.computeIfAbsent(alert.caseRef(), k -> new ArrayList<>(2)).add(alert);
                }
            }
        }
        return byCaseRef;
    }

    /** A resolved alert whose condition returned with the same due date is opened again. */
    private static Long reopen(Connection c, YoungPersonFacts person, Finding finding, Instant now) throws SQLException {
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

    private static List<Long> nextIds(Connection c, int count) throws SQLException {
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

    private static void touch(Connection c, Scope scope, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE alert SET last_evaluated_at = ? WHERE " + scope.condition()
                        + " AND status <> 'RESOLVED' AND last_evaluated_at <> ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            int next = scope.bind(c, ps, 2);
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

    /** The thin payload: ids, rule, severity, due date, status and a link back; no names, no dates of birth. */
    private String data(Change change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("alertId", change.alertId());
        data.put("rule", change.ruleId());
        data.put("caseRef", change.person().caseRef());
        data.put("severity", change.severity().name());
        data.put("dueOn", change.dueOn().toString());
        data.put("status", change.status().name());
        data.put("links", Map.of("alert", "/alerts/" + change.alertId()));
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a notification", e);
        }
    }
}
