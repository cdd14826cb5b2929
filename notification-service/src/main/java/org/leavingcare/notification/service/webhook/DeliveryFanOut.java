package org.leavingcare.notification.service.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.notification.access.Scope;
import org.leavingcare.notification.config.WebhookConfig;
import org.leavingcare.notification.domain.AccessFacts;
import org.leavingcare.notification.domain.webhook.SubscriptionCriteria;
import org.leavingcare.notification.repository.AccessFactsStore;
import org.leavingcare.notification.repository.Delivery;
import org.leavingcare.notification.repository.DeliveryRepository;
import org.leavingcare.notification.repository.NotificationEvent;
import org.leavingcare.notification.repository.NotificationEvents;
import org.leavingcare.notification.repository.Subscription;
import org.leavingcare.notification.repository.SubscriptionRepository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns committed notifications into deliveries: one for every active or paused subscription that asked
 * for the notification and whose creator may see its young person. The delivery outbox is then drained by
 * {@link DeliveryWorker}.
 */
@ApplicationScoped
@Transactional
public class DeliveryFanOut {

    @Inject
    NotificationEvents notifications;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    AccessFactsStore accessFacts;

    @Inject
    ObjectMapper mapper;

    @Inject
    WebhookConfig config;

    /**
     * Creates a delivery for every active or paused subscription that matches each notification not yet
     * fanned out, and marks the notification fanned out, in one transaction. Replicas skip each other's
     * locked notifications. Returns how many notifications were fanned out.
     */
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
}
