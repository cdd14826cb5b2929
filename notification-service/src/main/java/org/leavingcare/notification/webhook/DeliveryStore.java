package org.leavingcare.notification.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.access.Scope;
import org.leavingcare.notification.audit.AuditLog;
import org.leavingcare.notification.config.WebhookConfig;
import org.leavingcare.notification.domain.AccessFacts;
import org.leavingcare.notification.domain.webhook.AttemptResult;
import org.leavingcare.notification.domain.webhook.Claim;
import org.leavingcare.notification.domain.webhook.RetryPolicy;
import org.leavingcare.notification.problem.ApiProblem;
import org.leavingcare.notification.repository.AccessFactsStore;
import org.leavingcare.notification.repository.NotificationEvent;
import org.leavingcare.notification.repository.NotificationOutbox;

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
import java.util.stream.Collectors;

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
    EntityManager em;

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
    @SuppressWarnings("unchecked")
    public int fanOut(int batch) {
        List<NotificationEvent> events = em.createNativeQuery("""
                        SELECT * FROM notification_event WHERE NOT fanned_out
                        ORDER BY sequence LIMIT ?1 FOR UPDATE SKIP LOCKED""", NotificationEvent.class)
                .setParameter(1, batch)
                .getResultList();
        if (events.isEmpty()) {
            return 0;
        }
        List<Subscription> subscriptions = Subscription.list("status in ?1",
                List.of(Subscription.Status.ACTIVE, Subscription.Status.PAUSED));
        // a subscription discloses only what its creator may see (a manager: their teams)
        Map<Long, Scope> scopes = new HashMap<>();
        for (Subscription s : subscriptions) {
            Scope scope = s.ownerScope();
            if (!scope.caller().seesEverything()) {
                scopes.put(s.id, scope);
            }
        }
        Map<String, AccessFacts> facts = scopes.isEmpty() ? Map.of()
                : accessFacts.findAll(events.stream().map(e -> e.caseRef).filter(Objects::nonNull).distinct().toList());
        Instant now = Instant.now();
        for (NotificationEvent event : events) {
            for (Subscription s : subscriptions) {
                Scope scope = scopes.get(s.id);
                boolean visible = scope == null || event.caseRef == null || scope.sees(facts.get(event.caseRef));
                if (visible && s.matches(event.type, event.team, event.ruleId, event.disabled, event.uasc)) {
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
        d.persist();
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
                .setParameter(1, now.plus(lease))
                .setParameter(2, token)
                .setParameter(3, now)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long id = ((Number) ids.get(0)).longValue();
        Delivery d = Delivery.findById(id);
        Subscription s = Subscription.findById(d.subscriptionId);
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
        Subscription s = em.find(Subscription.class, claim.subscriptionId(), LockModeType.PESSIMISTIC_WRITE);
        Delivery d = s == null ? null : em.find(Delivery.class, claim.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
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
        attempt.persist();
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
        @SuppressWarnings("unchecked")
        List<String> caseRefs = em.createNativeQuery("SELECT case_ref FROM notification_event WHERE sequence = :s")
                .setParameter("s", d.eventSequence).getResultList();
        return caseRefs.isEmpty() ? null : caseRefs.get(0);
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
        Delivery d = em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        Subscription s = d == null ? null : Subscription.<Subscription>findById(d.subscriptionId);
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
        return DeliveryView.of(d, attemptsOf(List.of(d.id)).getOrDefault(d.id, List.of()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryView.Page deliveries(long subscriptionId, SubscriptionOwner caller, long after, int limit) {
        Subscription s = Subscription.findById(subscriptionId);
        if (s == null || !caller.mayUse(s)) {
            throw ApiProblem.notFound("No subscription " + subscriptionId);
        }
        List<Delivery> rows = Delivery.find("subscriptionId = ?1 and id > ?2 order by id", subscriptionId, after)
                .page(0, limit + 1).list();
        boolean hasMore = rows.size() > limit;
        List<Delivery> page = hasMore ? rows.subList(0, limit) : rows;
        Map<Long, List<DeliveryAttempt>> attempts = attemptsOf(page.stream().map(d -> d.id).toList());
        List<DeliveryView> views = page.stream()
                .map(d -> DeliveryView.of(d, attempts.getOrDefault(d.id, List.of()))).toList();
        long lastId = page.isEmpty() ? after : page.get(page.size() - 1).id;
        return new DeliveryView.Page(views, lastId, hasMore);
    }

    private Map<Long, List<DeliveryAttempt>> attemptsOf(List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        List<DeliveryAttempt> all = DeliveryAttempt.list("deliveryId in ?1 order by id", deliveryIds);
        return all.stream().collect(Collectors.groupingBy(a -> a.deliveryId));
    }
}
