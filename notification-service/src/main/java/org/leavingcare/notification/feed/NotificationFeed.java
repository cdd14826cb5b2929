package org.leavingcare.notification.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leavingcare.notification.access.Scope;
import org.leavingcare.notification.repository.NotificationEvent;
import org.leavingcare.notification.repository.NotificationEvents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The pull alternative to webhooks: notifications in commit order, paged like every change feed
 * (docs/change-feeds.md). The outbox takes a feed lock before each insert, so sequence order is commit order.
 */
@ApplicationScoped
public class NotificationFeed {

    @Inject
    ObjectMapper mapper;

    @Inject
    NotificationEvents notifications;

    /** One notification; {@code id} is the webhook-id its deliveries carry. */
    @Schema(name = "Notification")
    public record Item(long sequence, UUID id, String type, String caseRef, Instant occurredAt, JsonNode data) {
    }

    @Schema(name = "NotificationPage")
    public record Page(List<Item> events, long lastSequence, boolean hasMore) {
    }

    /**
     * The notifications after {@code after} about young people in the caller's scope (decided by the
     * projection as it is now) or about no young person; {@code lastSequence} is the last one returned.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page after(long after, int limit, Scope scope) {
        List<NotificationEvent> rows = notifications.after(after, limit + 1, scope);
        boolean hasMore = rows.size() > limit;
        List<NotificationEvent> page = hasMore ? rows.subList(0, limit) : rows;
        List<Item> items = page.stream().map(this::item).toList();
        long last = page.isEmpty() ? after : page.get(page.size() - 1).sequence;
        return new Page(items, last, hasMore);
    }

    private Item item(NotificationEvent e) {
        try {
            return new Item(e.sequence, e.eventId, e.type, e.caseRef, e.occurredAt, mapper.readTree(e.data));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("notification " + e.sequence + " has data that is not JSON", ex);
        }
    }
}
