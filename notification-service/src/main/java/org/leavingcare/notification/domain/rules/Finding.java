package org.leavingcare.notification.domain.rules;

import java.time.LocalDate;

/**
 * What a rule finds for one young person today: the duty's due date and how pressing it is.
 * {@code breach} marks a deadline that can no longer be met (a leave expiry passed with no in-time
 * application).
 */
public record Finding(String ruleId, LocalDate dueOn, Severity severity, boolean breach) {

    public Finding(String ruleId, LocalDate dueOn, Severity severity) {
        this(ruleId, dueOn, severity, false);
    }
}
