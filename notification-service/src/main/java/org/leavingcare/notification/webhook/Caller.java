package org.leavingcare.notification.webhook;

/**
 * Who is asking: managers see every subscription; an integration client sees and changes only the
 * subscriptions it created (anything else is answered as not found, so ids do not leak).
 */
public record Caller(String subject, boolean manager) {

    public boolean mayUse(Subscription s) {
        return manager || s.owner.equals(subject);
    }
}
