package org.leavingcare.leaver.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.repository.LeaverEventRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * leaver-service's change feed: events written in the transaction of the change they describe, read
 * in sequence order by notification-service (docs/change-feeds.md).
 */
@ApplicationScoped
public class LeaverFeed {

    @Inject
    LeaverEventRepository events;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /**
     * Records one event with the whole snapshot; call it last in the transaction that made the change,
     * so the lock is held briefly.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, LeaverSnapshot snapshot) {
        String data;
        try {
            data = mapper.writeValueAsString(Map.of("leaver", snapshot));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a leaver snapshot could not be written as JSON", e);
        }
        events.append(type, snapshot.caseRef(), data, Instant.now(clock));
    }

    /** Up to {@code limit} events after {@code after}, and one more to tell whether there are more. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LeaverEventRepository.StoredEvent> after(long after, int limit) {
        return events.after(after, limit + 1);
    }
}
