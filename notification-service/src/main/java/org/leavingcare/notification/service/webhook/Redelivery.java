package org.leavingcare.notification.service.webhook;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.audit.AuditLog;
import org.leavingcare.notification.config.WebhookConfig;
import org.leavingcare.notification.problem.ApiProblem;
import org.leavingcare.notification.repository.Delivery;
import org.leavingcare.notification.repository.DeliveryRepository;
import org.leavingcare.notification.repository.NotificationEvents;
import org.leavingcare.notification.repository.Subscription;
import org.leavingcare.notification.repository.SubscriptionRepository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Sends a delivered or dead-lettered delivery again, at the request of its subscription's creator or a manager. */
@ApplicationScoped
@Transactional
public class Redelivery {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    NotificationEvents notifications;

    @Inject
    DeliveryHistory history;

    @Inject
    WebhookConfig config;

    @Inject
    AuditLog auditLog;

    /**
     * Queues the delivery again, with the same webhook-id and a fresh schedule; 404 for one the caller may not
     * use, 409 while it is still pending or when its payload is larger than the limit.
     */
    public DeliveryHistory.Entry redeliver(long deliveryId, SubscriptionOwner caller) {
        Delivery d = deliveries.findForUpdate(deliveryId);
        Subscription s = d == null ? null : subscriptions.find(d.subscriptionId);
        if (s == null || !caller.mayUse(s)) {
            throw ApiProblem.notFound("No delivery " + deliveryId);
        }
        if (d.status == Delivery.Status.PENDING) {
            throw ApiProblem.conflict("Delivery " + deliveryId + " is already waiting to be sent");
        }
        if (d.payload.getBytes(StandardCharsets.UTF_8).length > config.maxPayloadBytes()) {
            throw ApiProblem.conflict("Delivery " + deliveryId + " has a payload larger than the limit");
        }
        d.status = Delivery.Status.PENDING;
        d.attemptCount = 0;
        // real time, not the service clock: see DeliveryClaims
        d.nextAttemptAt = Instant.now();
        d.deliveredAt = null;
        d.leaseUntil = null;
        d.claimToken = null;
        Log.infof("Webhook delivery %d queued again by %s", d.id, caller.subject());
        // the caller causes a new disclosure: recorded with the change (202 Accepted)
        auditLog.recordWrite(notifications.caseRefOf(d.eventSequence), 202);
        return history.of(d);
    }
}
