package org.leavingcare.notification.service.webhook;

import org.leavingcare.notification.repository.Subscription;

/**
 * Who is asking, as the subscription API sees it: managers see every subscription; an integration client
 * sees and changes only the subscriptions it created (anything else is answered as not found, so ids do
 * not leak). Not the access scope of {@code access/Caller}, which decides which young people a caller sees.
 */
public record SubscriptionOwner(String subject, boolean manager) {

    public boolean mayUse(Subscription s) {
        return manager || s.owner.equals(subject);
    }
}
