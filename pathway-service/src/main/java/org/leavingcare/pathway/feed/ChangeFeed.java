package org.leavingcare.pathway.feed;

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
 * The pathway change feed (docs/change-feeds.md): events written in the change's own transaction, in commit
 * order, read in sequence order.
 */
@ApplicationScoped
public class ChangeFeed {

    /** The advisory lock that orders this feed's inserts: "PATH" in ASCII. */
    static final long FEED_LOCK = 0x50415448L;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Appends an event; call it last in the transaction. The advisory lock is held until commit, so no event with a
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
        em.flush();
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1)) AS feed_lock")
                .setParameter(1, FEED_LOCK).getSingleResult();
        em.createNativeQuery("INSERT INTO event (type, case_ref, occurred_at, data) VALUES (?1, ?2, ?3, CAST(?4 AS jsonb))")
                .setParameter(1, type)
                .setParameter(2, caseRef)
                .setParameter(3, OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .setParameter(4, data)
                .executeUpdate();
    }

    /** Events after {@code after}, at most {@code limit}, in sequence order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedPage read(long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT sequence, type, case_ref, occurred_at, CAST(data AS text) FROM event "
                                + "WHERE sequence > ?1 ORDER BY sequence LIMIT ?2")
                .setParameter(1, after)
                .setParameter(2, limit + 1)
                .getResultList();
        boolean hasMore = rows.size() > limit;
        List<FeedEvent> events = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            events.add(new FeedEvent(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    instant(row[3]), (String) row[4]));
        }
        long last = events.isEmpty() ? after : events.get(events.size() - 1).sequence();
        return new FeedPage(events, last, hasMore);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
