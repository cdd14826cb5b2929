package org.leavingcare.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The deliveries of notifications to subscriptions ({@code webhook_delivery}, the delivery outbox). */
@ApplicationScoped
public class DeliveryRepository {

    @Inject
    EntityManager em;

    public void add(Delivery d) {
        d.persist();
    }

    /** The delivery with this id, or {@code null}. */
    public Delivery find(long id) {
        return Delivery.findById(id);
    }

    /** The delivery with this id, locked until the end of the transaction, or {@code null}. */
    public Delivery findForUpdate(long id) {
        return em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Reserves the next delivery of an active subscription that is due at {@code now} until {@code leaseUntil},
     * under {@code token}, counting the attempt; its id, or empty when none is due. The row is locked with
     * {@code FOR UPDATE SKIP LOCKED}, so concurrent workers take different rows, and the lease keeps any other
     * worker off it after the transaction commits.
     */
    public Optional<Long> claimNext(Instant now, Instant leaseUntil, UUID token) {
        List<?> ids = em.createNativeQuery("""
                        UPDATE webhook_delivery SET lease_until = ?1, claim_token = ?2, attempt_count = attempt_count + 1
                        WHERE id = (
                            SELECT d.id FROM webhook_delivery d
                            JOIN webhook_subscription s ON s.id = d.subscription_id
                            WHERE d.status = 'PENDING' AND s.status = 'ACTIVE' AND d.next_attempt_at <= ?3
                              AND (d.lease_until IS NULL OR d.lease_until <= ?3)
                            ORDER BY d.next_attempt_at, d.id
                            LIMIT 1
                            FOR UPDATE OF d SKIP LOCKED)
                        RETURNING id""")
                .setParameter(1, leaseUntil)
                .setParameter(2, token)
                .setParameter(3, now)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }

    /** Up to {@code rows} deliveries to the subscription after the id {@code after}, in id order. */
    public List<Delivery> ofSubscription(long subscriptionId, long after, int rows) {
        return Delivery.find("subscriptionId = ?1 and id > ?2 order by id", subscriptionId, after)
                .page(0, rows).list();
    }
}
