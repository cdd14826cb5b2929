package org.leavingcare.notification.rest.api;

import com.fasterxml.jackson.annotation.JsonValue;
import org.leavingcare.notification.domain.webhook.SubscriptionCriteria;

import java.util.Arrays;
import java.util.Optional;

/** The notification types a subscription can ask for; {@code *} is every type, present and future. */
public enum EventType {
    ALERT_RAISED("alert.raised"),
    ALERT_ESCALATED("alert.escalated"),
    ALERT_RESOLVED("alert.resolved"),
    SUBSCRIPTION_DISABLED("subscription.disabled"),
    ALL(SubscriptionCriteria.EVERY_TYPE);

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<EventType> ofWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(value)).findFirst();
    }

    /** The wire name, so that error messages list the values a client can send. */
    @Override
    public String toString() {
        return wire;
    }
}
