package org.leavingcare.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;

/** The webhook subscriptions ({@code webhook_subscription}). */
@ApplicationScoped
public class SubscriptionRepository {

    /** The subscription with this id, or {@code null}. */
    public Subscription find(long id) {
        return Subscription.findById(id);
    }

    /** The subscription with this id, locked until the end of the transaction, or {@code null}. */
    public Subscription findForUpdate(long id) {
        return Subscription.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Every subscription, in id order. */
    public List<Subscription> all() {
        return Subscription.list("order by id");
    }

    /** The subscriptions this token subject created, in id order. */
    public List<Subscription> ownedBy(String subject) {
        return Subscription.list("owner = ?1 order by id", subject);
    }

    /** The subscriptions that are given new deliveries: active and paused ones (a paused one queues them). */
    public List<Subscription> receiving() {
        return Subscription.list("status in ?1", List.of(Subscription.Status.ACTIVE, Subscription.Status.PAUSED));
    }

    public void add(Subscription s) {
        s.persist();
    }

    /** Deletes the subscription; its secrets, deliveries and attempts go with it (ON DELETE CASCADE). */
    public void delete(Subscription s) {
        s.delete();
    }
}
