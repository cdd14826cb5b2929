package org.leavingcare.notification.domain.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One transition rule: what it checks, for whom, why (its source) and with which configured numbers,
 * and the check itself. A rule finds at most one due date per young person on a given day.
 */
public final class Rule {

    /** The check: the finding for this young person today, or {@code null} when the rule is satisfied. */
    @FunctionalInterface
    public interface Check {
        Finding evaluate(YoungPersonFacts facts, LocalDate today);
    }

    /** Which team's work the rule watches. */
    public enum Group {
        GENERAL, DISABLED, UASC
    }

    private final String id;
    private final Group group;
    private final String title;
    private final String appliesTo;
    private final String condition;
    private final String clearedWhen;
    private final List<Severity> severities;
    private final List<RuleParameter> parameters;
    private final RuleSource source;
    private final Check check;

    Rule(String id, Group group, String title, String appliesTo, String condition, String clearedWhen,
         List<Severity> severities, List<RuleParameter> parameters, RuleSource source, Check check) {
        this.id = id;
        this.group = group;
        this.title = title;
        this.appliesTo = appliesTo;
        this.condition = condition;
        this.clearedWhen = clearedWhen;
        this.severities = List.copyOf(severities);
        this.parameters = List.copyOf(parameters);
        this.source = source;
        this.check = check;
    }

    public Optional<Finding> evaluate(YoungPersonFacts facts, LocalDate today) {
        if (facts.dateOfBirth() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(check.evaluate(facts, today));
    }

    public String id() {
        return id;
    }

    public Group group() {
        return group;
    }

    public String title() {
        return title;
    }

    public String appliesTo() {
        return appliesTo;
    }

    public String condition() {
        return condition;
    }

    /** What makes the alert resolve by itself: the reason recorded when it does. */
    public String clearedWhen() {
        return clearedWhen;
    }

    public List<Severity> severities() {
        return severities;
    }

    public List<RuleParameter> parameters() {
        return parameters;
    }

    public RuleSource source() {
        return source;
    }
}
