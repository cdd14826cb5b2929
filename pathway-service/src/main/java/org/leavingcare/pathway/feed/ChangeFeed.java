package org.leavingcare.pathway.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.repository.ChangeFeedEvents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The pathway change feed (docs/change-feeds.md): events written in the change's own transaction, in commit
 * order, read in sequence order.
 */
@ApplicationScoped
public class ChangeFeed {

    @Inject
    ChangeFeedEvents events;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Appends an event; call it last in the transaction. The feed's lock is held until commit, so no event with a
     * smaller sequence can become visible after one with a larger sequence.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String type, String caseRef, YoungPersonSnapshot snapshot) {
        String data;
        try {
            data = json.writeValueAsString(Map.of("youngPerson", snapshot));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot not serialisable for " + caseRef, e);
        }
        events.append(type, caseRef, Instant.now(clock), data);
    }

    /** Events after {@code after}, at most {@code limit}, in sequence order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedPage read(long after, int limit) {
        List<ChangeFeedEvents.StoredEvent> rows = events.after(after, limit + 1);
        boolean hasMore = rows.size() > limit;
        List<FeedEvent> page = rows.subList(0, Math.min(limit, rows.size())).stream()
                .map(e -> new FeedEvent(e.sequence(), e.type(), e.caseRef(), e.occurredAt(), e.data())).toList();
        long last = page.isEmpty() ? after : page.get(page.size() - 1).sequence();
        return new FeedPage(page, last, hasMore);
    }
}
