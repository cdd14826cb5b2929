package org.leavingcare.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/** The signing secrets of subscriptions ({@code webhook_secret}), stored sealed. */
@ApplicationScoped
public class SubscriptionSecretRepository {

    public void add(SubscriptionSecret secret) {
        secret.persist();
    }

    /** Makes every secret of the subscription that would sign beyond {@code at} stop signing at {@code at}. */
    public void expireCurrent(long subscriptionId, Instant at) {
        SubscriptionSecret.update("expiresAt = ?1 where subscriptionId = ?2 and (expiresAt is null or expiresAt > ?1)",
                at, subscriptionId);
    }

    /** The subscription's secrets that sign at {@code now}, newest first. */
    public List<SubscriptionSecret> signing(long subscriptionId, Instant now) {
        return SubscriptionSecret.list(
                "subscriptionId = ?1 and (expiresAt is null or expiresAt > ?2) order by id desc", subscriptionId, now);
    }
}
