package org.leavingcare.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.domain.AlertStatus;
import org.leavingcare.notification.domain.rules.Finding;
import org.leavingcare.notification.domain.rules.Rule;
import org.leavingcare.notification.domain.rules.RuleCatalogue;
import org.leavingcare.notification.domain.rules.Severity;
import org.leavingcare.notification.domain.rules.YoungPersonFacts;
import org.leavingcare.notification.repository.AlertBatches;
import org.leavingcare.notification.repository.NotificationOutbox;
import org.leavingcare.notification.repository.ProjectionStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
 * <p>Every transaction that changes alerts first takes the alerts lock ({@link AlertBatches#lock}), so the
 * feed consumers and the sweep (on any replica) never race to raise the same alert.
 */
@ApplicationScoped
public class AlertEvaluator {

    @Inject
    DataSource dataSource;

    @Inject
    ProjectionStore projection;

    @Inject
    AlertBatches alerts;

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
            alerts.lock(c);
            return evaluate(c, projection.facts(c, caseRefs), today, false);
        } catch (SQLException e) {
            throw new IllegalStateException("could not evaluate alerts", e);
        }
    }

    /** One batch of the sweep, in its own transaction: the next {@code size} young people after {@code after}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch sweepBatch(String after, int size, LocalDate today) {
        try (Connection c = dataSource.getConnection()) {
            alerts.lock(c);
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

    private record Key(String ruleId, LocalDate dueOn) {
    }

    /** A change to notify once written. */
    private record Change(String type, long alertId, YoungPersonFacts person, String ruleId, Severity severity,
                          LocalDate dueOn, AlertStatus status) {
    }

    /** Evaluates {@code people}; a sweep batch is {@code contiguous} (see {@link AlertBatches.CaseRefs}). */
    Outcome evaluate(Connection c, List<YoungPersonFacts> people, LocalDate today, boolean contiguous) throws SQLException {
        long started = System.nanoTime();
        Instant now = Instant.now(clock);
        AlertBatches.CaseRefs batch = new AlertBatches.CaseRefs(
                people.stream().map(YoungPersonFacts::caseRef).toList(), contiguous);
        Map<String, List<AlertBatches.Unresolved>> current = alerts.unresolved(c, batch);
        List<YoungPersonFacts> insertPeople = new ArrayList<>();
        List<Finding> insertFindings = new ArrayList<>();
        List<AlertBatches.Changed> updates = new ArrayList<>();
        List<AlertBatches.Resolved> resolutions = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int escalated = 0;
        int resolved = 0;

        for (YoungPersonFacts person : people) {
            Map<Key, Finding> findings = new LinkedHashMap<>();
            for (Finding finding : catalogue.evaluate(person, today)) {
                findings.put(new Key(finding.ruleId(), finding.dueOn()), finding);
            }
            for (AlertBatches.Unresolved alert : current.getOrDefault(person.caseRef(), List.of())) {
                Finding finding = findings.remove(new Key(alert.ruleId(), alert.dueOn()));
                if (finding == null) {
                    String why = resolution(alert, person, today);
                    resolutions.add(new AlertBatches.Resolved(alert.id(), why));
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
                updates.add(new AlertBatches.Changed(alert.id(), finding.severity(), finding.breach(), status,
                        escalation, person.team(), person.disabled(), person.uasc()));
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
            List<Long> ids = alerts.nextIds(c, insertFindings.size());
            List<AlertBatches.Raised> inserts = new ArrayList<>(insertFindings.size());
            for (int i = 0; i < insertFindings.size(); i++) {
                inserts.add(new AlertBatches.Raised(ids.get(i), insertPeople.get(i), insertFindings.get(i)));
            }
            int[] counts = alerts.insert(c, inserts, now);
            for (int i = 0; i < counts.length; i++) {
                YoungPersonFacts person = insertPeople.get(i);
                Finding finding = insertFindings.get(i);
                Long id = counts[i] == 1 ? ids.get(i) : alerts.reopen(c, person, finding, now);
                if (id != null) {
                    changes.add(new Change("alert.raised", id, person, finding.ruleId(), finding.severity(),
                            finding.dueOn(), AlertStatus.OPEN));
                    raised++;
                }
            }
        }
        alerts.update(c, updates, now);
        alerts.resolve(c, resolutions, now);
        alerts.touch(c, batch, now);
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
    private String resolution(AlertBatches.Unresolved alert, YoungPersonFacts person, LocalDate today) {
        for (Finding other : catalogue.evaluate(person, today)) {
            if (other.ruleId().equals(alert.ruleId())) {
                return "Superseded on " + today + ": the due date is now " + other.dueOn();
            }
        }
        String why = catalogue.find(alert.ruleId()).map(Rule::clearedWhen).orElse("the rule was withdrawn");
        String text = "Condition cleared on " + today + ": " + why;
        return text.length() > 300 ? text.substring(0, 300) : text;
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
