package org.leavingcare.notification.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.access.Scope;
import org.leavingcare.notification.audit.AuditLog;
import org.leavingcare.notification.config.WebhookConfig;
import org.leavingcare.notification.domain.AccessFacts;
import org.leavingcare.notification.domain.webhook.AttemptResult;
import org.leavingcare.notification.domain.webhook.Claim;
import org.leavingcare.notification.domain.webhook.RetryPolicy;
import org.leavingcare.notification.domain.webhook.SubscriptionCriteria;
import org.leavingcare.notification.problem.ApiProblem;
import org.leavingcare.notification.repository.AccessFactsStore;
import org.leavingcare.notification.repository.Delivery;
import org.leavingcare.notification.repository.DeliveryAttempt;
import org.leavingcare.notification.repository.DeliveryAttemptRepository;
import org.leavingcare.notification.repository.DeliveryRepository;
import org.leavingcare.notification.repository.NotificationEvent;
import org.leavingcare.notification.repository.NotificationEvents;
import org.leavingcare.notification.repository.NotificationOutbox;
import org.leavingcare.notification.repository.Subscription;
import org.leavingcare.notification.repository.SubscriptionRepository;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The delivery outbox: turns committed notifications into deliveries, lets workers claim them (each by
 * exactly one worker at a time, across replicas), and records every attempt's outcome. Each method is
 * one short transaction; no transaction is open while a webhook is being sent.
 *
 * <p>Leases, retry times and attempt times use real time ({@code Instant.now()}), not the service
 * clock: a clock fixed for a demonstration must not freeze retries or leases, and receivers judge
 * {@code webhook-timestamp} against their own wall clock.
 */
@ApplicationScoped
public class DeliveryStore {

    /** The status an attempt's audit row records when the payload was sent but no answer came. */
    static final int NO_ANSWER = 504;

    @Inject
    NotificationEvents notifications;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeliveryAttemptRepository attempts;

    @Inject
    ObjectMapper mapper;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookSecrets secrets;

    @Inject
    NotificationOutbox outbox;

    @Inject
    MeterRegistry metrics;

    @Inject
    AuditLog auditLog;

    @Inject
    AccessFactsStore accessFacts;

    RetryPolicy retryPolicy() {
        return new RetryPolicy(config.retrySchedule(), config.jitter(), config.maxRetryAfter(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * Creates a delivery for every active or paused subscription that matches each notification not yet
     * fanned out, and marks the notification fanned out, in one transaction. Replicas skip each other's
     * locked notifications. Returns how many notifications were fanned out.
     */
    @Transactional
    public int fanOut(int batch) {
        List<NotificationEvent> events = notifications.notFannedOut(batch);
        if (events.isEmpty()) {
            return 0;
        }
        List<Subscription> receiving = subscriptions.receiving();
        // a subscription discloses only what its creator may see (a manager: their teams)
        Map<Long, Scope> scopes = new HashMap<>();
        Map<Long, SubscriptionCriteria> criteria = new HashMap<>();
        for (Subscription s : receiving) {
            Scope scope = s.ownerScope();
            if (!scope.caller().seesEverything()) {
                scopes.put(s.id, scope);
            }
            criteria.put(s.id, s.criteria());
        }
        Map<String, AccessFacts> facts = scopes.isEmpty() ? Map.of()
                : accessFacts.findAll(events.stream().map(e -> e.caseRef).filter(Objects::nonNull).distinct().toList());
        Instant now = Instant.now();
        for (NotificationEvent event : events) {
            for (Subscription s : receiving) {
                Scope scope = scopes.get(s.id);
                boolean visible = scope == null || event.caseRef == null || scope.sees(facts.get(event.caseRef));
                if (visible && criteria.get(s.id).matches(event.type, event.team, event.ruleId, event.disabled,
                        event.uasc)) {
                    persistDelivery(event, s, now);
                }
            }
            event.fannedOut = true;
        }
        return events.size();
    }

    private void persistDelivery(NotificationEvent event, Subscription s, Instant now) {
        Delivery d = new Delivery();
        d.subscriptionId = s.id;
        d.eventSequence = event.sequence;
        d.webhookId = event.eventId.toString();
        d.eventType = event.type;
        d.payload = payload(event);
        d.status = Delivery.Status.PENDING;
        d.nextAttemptAt = now;
        d.createdAt = now;
        int size = d.payload.getBytes(StandardCharsets.UTF_8).length;
        if (size > config.maxPayloadBytes()) {
            // a bounded payload: never send it, keep it visible as dead-lettered
            d.status = Delivery.Status.DEAD;
            d.lastError = "payload of " + size + " bytes exceeds the limit of " + config.maxPayloadBytes();
            Log.warnf("Webhook delivery of notification %d to subscription %d dead-lettered: payload too large",
                    event.sequence, s.id);
        }
        deliveries.add(d);
    }

    /** The webhook body: {@code {"type", "timestamp", "data"}}, thin (no names, no dates of birth). */
    String payload(NotificationEvent event) {
        try {
            ObjectNode body = mapper.createObjectNode();
            body.put("type", event.type);
            body.put("timestamp", event.occurredAt.toString());
            body.set("data", mapper.readTree(event.data));
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification " + event.sequence + " has data that is not JSON", e);
        }
    }

    /**
     * Reserves the next due delivery of an active subscription for {@code lease}: the row is locked with
     * {@code FOR UPDATE SKIP LOCKED} so concurrent workers take different rows, and the lease keeps any
     * other worker off it after this transaction commits. A lease that runs out (the worker died between
     * claim and outcome) makes the delivery due again: nothing is lost.
     */
    @Transactional
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

    /**
     * Records an attempt and moves the delivery on: delivered, retried later, or dead-lettered after the
     * last attempt. A worker whose lease was lost (its token no longer matches) only adds its attempt.
     * Failures keep the subscription's failure clock running; a 410 or failing for longer than
     * {@code disable-after-failing-for} disables it and raises a {@code subscription.disabled} notification.
     */
    @Transactional
    public void recordOutcome(Claim claim, AttemptResult result) {
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
        metrics.counter("webhook.attempts", "outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT))
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
        String caseRef = caseRefOf(d);
        if (caseRef != null) {
            auditLog.recordBackground(d.webhookId, "webhook.deliver", "POST", "/subscriptions/" + subscriptionId,
                    caseRef, statusCode == null ? NO_ANSWER : statusCode);
        }
    }

    /** The young person a delivery's notification is about, if any. */
    private String caseRefOf(Delivery d) {
        return notifications.caseRefOf(d.eventSequence);
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

    /** Sends a delivered or dead-lettered delivery again, with the same webhook-id and a fresh schedule. */
    @Transactional
    public DeliveryView redeliver(long deliveryId, SubscriptionOwner caller) {
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
        d.nextAttemptAt = Instant.now();
        d.deliveredAt = null;
        d.leaseUntil = null;
        d.claimToken = null;
        Log.infof("Webhook delivery %d queued again by %s", d.id, caller.subject());
        // the caller causes a new disclosure: recorded with the change (202 Accepted)
        auditLog.recordWrite(caseRefOf(d), 202);
        return DeliveryView.of(d, attempts.byDelivery(List.of(d.id)).getOrDefault(d.id, List.of()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryView.Page deliveries(long subscriptionId, SubscriptionOwner caller, long after, int limit) {
        Subscription s = subscriptions.find(subscriptionId);
        if (s == null || !caller.mayUse(s)) {
            throw ApiProblem.notFound("No subscription " + subscriptionId);
        }
        List<Delivery> rows = deliveries.ofSubscription(subscriptionId, after, limit + 1);
        boolean hasMore = rows.size() > limit;
        List<Delivery> page = hasMore ? rows.subList(0, limit) : rows;
        Map<Long, List<DeliveryAttempt>> attemptsOf = attempts.byDelivery(page.stream().map(d -> d.id).toList());
        List<DeliveryView> views = page.stream()
                .map(d -> DeliveryView.of(d, attemptsOf.getOrDefault(d.id, List.of()))).toList();
        long lastId = page.isEmpty() ? after : page.get(page.size() - 1).id;
        return new DeliveryView.Page(views, lastId, hasMore);
    }
}
