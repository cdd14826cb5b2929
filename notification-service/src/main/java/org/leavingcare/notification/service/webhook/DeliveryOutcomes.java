package org.leavingcare.notification.service.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.audit.AuditLog;
import org.leavingcare.notification.config.WebhookConfig;
import org.leavingcare.notification.domain.webhook.AttemptResult;
import org.leavingcare.notification.domain.webhook.Claim;
import org.leavingcare.notification.domain.webhook.RetryPolicy;
import org.leavingcare.notification.repository.Delivery;
import org.leavingcare.notification.repository.DeliveryAttempt;
import org.leavingcare.notification.repository.DeliveryAttemptRepository;
import org.leavingcare.notification.repository.DeliveryRepository;
import org.leavingcare.notification.repository.NotificationEvents;
import org.leavingcare.notification.repository.NotificationOutbox;
import org.leavingcare.notification.repository.Subscription;
import org.leavingcare.notification.repository.SubscriptionRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Records what each attempt at a delivery came to and moves the delivery on: delivered, retried later, or
 * dead-lettered after the last attempt; and the subscription with it: a 410 or failing for too long
 * disables it. One short transaction per attempt, after the webhook was sent.
 *
 * <p>Retry and attempt times use real time ({@code Instant.now()}), not the service clock: a clock fixed
 * for a demonstration must not freeze retries.
 */
@ApplicationScoped
@Transactional
public class DeliveryOutcomes {

    /** The status an attempt's audit row records when the payload was sent but no answer came. */
    static final int NO_ANSWER = 504;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeliveryAttemptRepository attempts;

    @Inject
    NotificationEvents notifications;

    @Inject
    NotificationOutbox outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    WebhookConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    AuditLog auditLog;

    RetryPolicy retryPolicy() {
        return new RetryPolicy(config.retrySchedule(), config.jitter(), config.maxRetryAfter(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * Records an attempt and moves the delivery on: delivered, retried later, or dead-lettered after the
     * last attempt. A worker whose lease was lost (its token no longer matches) only adds its attempt.
     * Failures keep the subscription's failure clock running; a 410 or failing for longer than
     * {@code disable-after-failing-for} disables it and raises a {@code subscription.disabled} notification.
     */
    public void record(Claim claim, AttemptResult result) {
        // lock order subscription -> delivery, as deleting a subscription (and its deliveries) does
        Subscription s = subscriptions.findForUpdate(claim.subscriptionId());
        Delivery d = s == null ? null : deliveries.findForUpdate(claim.deliveryId());
        if (d == null) {
            return; // the subscription was deleted meanwhile
        }
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.deliveryId = d.id;
        attempt.attemptNo = claim.attempt();
        attempt.attemptedAt = result.at();
        attempt.statusCode = result.statusCode();
        attempt.latencyMs = result.latencyMs();
        attempt.outcome = result.outcome() == AttemptResult.Outcome.DELIVERED ? "SUCCESS" : "FAILURE";
        attempt.error = result.error();
        attempts.add(attempt);
        if (result.payloadSent()) {
            auditDisclosure(d, s.id, result.statusCode());
        }
        metrics.counter("webhook.attempts", "outcome", result.outcome().name().toLowerCase(Locale.ROOT))
                .increment();
        metrics.timer("webhook.attempt.latency").record(Duration.ofMillis(result.latencyMs()));
        if (!claim.token().equals(d.claimToken)) {
            Log.warnf("Webhook delivery %d: lease lost before the outcome of attempt %d was recorded",
                    d.id, claim.attempt());
            return;
        }
        Instant now = Instant.now();
        d.leaseUntil = null;
        d.claimToken = null;
        d.lastStatusCode = result.statusCode();
        if (result.outcome() == AttemptResult.Outcome.DELIVERED) {
            d.status = Delivery.Status.DELIVERED;
            d.deliveredAt = result.at();
            d.lastError = null;
            s.failingSince = null;
            return;
        }
        d.lastError = result.error();
        Optional<Instant> next = retryPolicy().nextAttempt(d.attemptCount, now, result.retryAfter());
        if (next.isPresent()) {
            d.nextAttemptAt = next.get();
        } else {
            d.status = Delivery.Status.DEAD;
            metrics.counter("webhook.deliveries.dead.lettered").increment();
            Log.warnf("Webhook delivery %d to subscription %d dead-lettered after %d attempts",
                    d.id, s.id, d.attemptCount);
        }
        if (s.failingSince == null) {
            s.failingSince = result.at();
        }
        if (result.outcome() == AttemptResult.Outcome.GONE) {
            disable(s, "the receiver answered 410 Gone", now);
        } else if (!s.failingSince.plus(config.disableAfterFailingFor()).isAfter(now)) {
            disable(s, "every delivery failed since " + s.failingSince, now);
        }
    }

    /**
     * Every attempt that sent a notification about a young person disclosed it to a case-management system,
     * whatever the receiver answered: one {@code webhook.deliver} row per such attempt in the attempt's
     * transaction, with the receiver's status (504 when no answer came), correlated by the webhook-id the
     * receiver saw.
     */
    private void auditDisclosure(Delivery d, long subscriptionId, Integer statusCode) {
        String caseRef = notifications.caseRefOf(d.eventSequence);
        if (caseRef != null) {
            auditLog.recordBackground(d.webhookId, "webhook.deliver", "POST", "/subscriptions/" + subscriptionId,
                    caseRef, statusCode == null ? NO_ANSWER : statusCode);
        }
    }

    private void disable(Subscription s, String reason, Instant now) {
        if (s.status == Subscription.Status.DISABLED) {
            return;
        }
        s.status = Subscription.Status.DISABLED;
        s.disabledReason = reason;
        metrics.counter("webhook.subscriptions.disabled").increment();
        s.updatedAt = now;
        Log.warnf("Webhook subscription %d disabled: %s", s.id, reason);
        String data;
        try {
            data = mapper.writeValueAsString(Map.of(
                    "subscriptionId", s.id,
                    "reason", reason,
                    "links", Map.of("subscription", "/subscriptions/" + s.id,
                            "deliveries", "/subscriptions/" + s.id + "/deliveries")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // last statement of the transaction: the outbox holds its feed lock until commit
        outbox.record(new NotificationOutbox.Notification("subscription.disabled", null, null, null, null,
                null, null, data));
    }
}
