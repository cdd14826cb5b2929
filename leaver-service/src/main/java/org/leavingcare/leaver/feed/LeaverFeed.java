package org.leavingcare.leaver.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * leaver-service's change feed: events written in the transaction of the change they describe, read
 * in sequence order by notification-service (docs/change-feeds.md).
 */
@ApplicationScoped
public class LeaverFeed {

    /** Serialises writers so that sequence order is commit order ("LEAVER" in ASCII). */
    static final long FEED_LOCK = 0x4c4541564552L;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /** One event as the feed serves it; {@code data} is raw JSON. */
    public record Event(long sequence, String type, String caseRef, OffsetDateTime occurredAt, String data) {
    }

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
        em.flush();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, FEED_LOCK).getSingleResult();
        em.createNativeQuery("INSERT INTO leaver_event (type, case_ref, data, occurred_at) VALUES (?1, ?2, CAST(?3 AS jsonb), ?4)")
                .setParameter(1, type)
                .setParameter(2, snapshot.caseRef())
                .setParameter(3, data)
                .setParameter(4, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
    }

    /** Up to {@code limit} events after {@code after}, and one more to tell whether there are more. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Event> after(long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT sequence, type, case_ref, occurred_at, CAST(data AS text)
                        FROM leaver_event WHERE sequence > ?1 ORDER BY sequence LIMIT ?2""")
                .setParameter(1, after)
                .setParameter(2, limit + 1)
                .getResultList();
        List<Event> events = new ArrayList<>();
        for (Object[] row : rows) {
            events.add(new Event(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    toOffset(row[3]), (String) row[4]));
        }
        return events;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
