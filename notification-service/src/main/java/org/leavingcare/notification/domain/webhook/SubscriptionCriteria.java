package org.leavingcare.notification.domain.webhook;

import java.util.List;

/**
 * What a subscription asked to be sent: notification types by their wire names ({@value #EVERY_TYPE} for
 * every type, including ones added later) and optional filters, each of which, when given, must equal
 * the notification's value.
 */
public record SubscriptionCriteria(List<String> eventTypes, String team, String rule, Boolean disabled,
                                   Boolean uasc) {

    /** The wire name that stands for every notification type. */
    public static final String EVERY_TYPE = "*";

    /** Whether a notification of this type, team, rule and flags is one the subscription asked for. */
    public boolean matches(String type, String team, String rule, Boolean disabled, Boolean uasc) {
        if (!eventTypes.contains(EVERY_TYPE) && !eventTypes.contains(type)) {
            return false;
        }
        return (this.team == null || this.team.equals(team))
                && (this.rule == null || this.rule.equals(rule))
                && (this.disabled == null || this.disabled.equals(disabled))
                && (this.uasc == null || this.uasc.equals(uasc));
    }
}
