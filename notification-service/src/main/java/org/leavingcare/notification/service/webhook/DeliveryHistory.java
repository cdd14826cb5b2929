package org.leavingcare.notification.service.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.problem.ApiProblem;
import org.leavingcare.notification.repository.Delivery;
import org.leavingcare.notification.repository.DeliveryAttempt;
import org.leavingcare.notification.repository.DeliveryAttemptRepository;
import org.leavingcare.notification.repository.DeliveryRepository;
import org.leavingcare.notification.repository.Subscription;
import org.leavingcare.notification.repository.SubscriptionRepository;

import java.util.List;
import java.util.Map;

/** The deliveries to a subscription, each with every attempt at it, for its creator or a manager. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveryHistory {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeliveryAttemptRepository attempts;

    /** A delivery with its attempts, in the order they were made. */
    public record Entry(Delivery delivery, List<DeliveryAttempt> attempts) {
    }

    /** Deliveries in id order; {@code lastId} is the {@code after} of the next listing. */
    public record Listing(List<Entry> entries, long lastId, boolean hasMore) {
    }

    /** Up to {@code limit} deliveries to the subscription after {@code after}; 404 for one the caller may not use. */
    public Listing deliveries(long subscriptionId, SubscriptionOwner caller, long after, int limit) {
        Subscription s = subscriptions.find(subscriptionId);
        if (s == null || !caller.mayUse(s)) {
            throw ApiProblem.notFound("No subscription " + subscriptionId);
        }
        List<Delivery> rows = deliveries.ofSubscription(subscriptionId, after, limit + 1);
        boolean hasMore = rows.size() > limit;
        List<Delivery> page = hasMore ? rows.subList(0, limit) : rows;
        Map<Long, List<DeliveryAttempt>> attemptsOf = attempts.byDelivery(page.stream().map(d -> d.id).toList());
        List<Entry> entries = page.stream().map(d -> new Entry(d, attemptsOf.getOrDefault(d.id, List.of()))).toList();
        long lastId = page.isEmpty() ? after : page.get(page.size() - 1).id;
        return new Listing(entries, lastId, hasMore);
    }

    /** The delivery with its attempts so far. */
    public Entry of(Delivery d) {
        return new Entry(d, attempts.byDelivery(List.of(d.id)).getOrDefault(d.id, List.of()));
    }
}
