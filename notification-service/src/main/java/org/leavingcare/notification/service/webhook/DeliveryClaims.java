package org.leavingcare.notification.service.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.domain.webhook.Claim;
import org.leavingcare.notification.repository.Delivery;
import org.leavingcare.notification.repository.DeliveryRepository;
import org.leavingcare.notification.repository.Subscription;
import org.leavingcare.notification.repository.SubscriptionRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Lets workers claim due deliveries, each by exactly one worker at a time across replicas, with
 * everything needed to send it; no transaction stays open while a webhook is being sent.
 *
 * <p>Leases use real time ({@code Instant.now()}), not the service clock: a clock fixed for a
 * demonstration must not freeze them.
 */
@ApplicationScoped
@Transactional
public class DeliveryClaims {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    WebhookSecrets secrets;

    /**
     * Reserves the next due delivery of an active subscription for {@code lease}: concurrent workers take
     * different rows, and the lease keeps any other worker off it after this transaction commits. A lease
     * that runs out (the worker died between claim and outcome) makes the delivery due again: nothing is lost.
     */
    public Optional<Claim> claimNext(Duration lease) {
        Instant now = Instant.now();
        UUID token = UUID.randomUUID();
        Optional<Long> id = deliveries.claimNext(now, now.plus(lease), token);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Delivery d = deliveries.find(id.get());
        Subscription s = subscriptions.find(d.subscriptionId);
        return Optional.of(new Claim(d.id, token, d.attemptCount, s.id, s.url, d.webhookId, d.payload,
                secrets.signing(s.id, now)));
    }
}
