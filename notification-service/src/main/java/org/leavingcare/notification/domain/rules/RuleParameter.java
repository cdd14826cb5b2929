package org.leavingcare.notification.domain.rules;

/** A number a rule uses, with the value configured for this authority. */
public record RuleParameter(String name, String value, String description) {
}
