package org.leavingcare.pathway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The event table of the pathway change feed (docs/change-feeds.md). */
@ApplicationScoped
public class ChangeFeedEvents {

    /** The advisory lock that orders this feed's inserts: "PATH" in ASCII. */
    static final long FEED_LOCK = 0x50415448L;

    /** A stored event; {@code data} is its JSON text. */
    public record StoredEvent(long sequence, String type, String caseRef, Instant occurredAt, String data) {
    }

    @Inject
    EntityManager em;

    /**
     * Inserts an event after taking the feed's advisory lock, which is held until commit, so no event with a smaller
     * sequence can become visible after one with a larger sequence. The transaction's other writes are flushed first.
     */
    public void append(String type, String caseRef, Instant occurredAt, String data) {
        em.flush();
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1)) AS feed_lock")
                .setParameter(1, FEED_LOCK).getSingleResult();
        em.createNativeQuery("INSERT INTO event (type, case_ref, occurred_at, data) VALUES (?1, ?2, ?3, CAST(?4 AS jsonb))")
                .setParameter(1, type)
                .setParameter(2, caseRef)
                .setParameter(3, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC))
                .setParameter(4, data)
                .executeUpdate();
    }

    /** At most {@code count} events after {@code after}, in sequence order. */
    public List<StoredEvent> after(long after, int count) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT sequence, type, case_ref, occurred_at, CAST(data AS text) FROM event "
                                + "WHERE sequence > ?1 ORDER BY sequence LIMIT ?2")
                .setParameter(1, after)
                .setParameter(2, count)
                .getResultList();
        return rows.stream().map(row -> new StoredEvent(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                instant(row[3]), (String) row[4])).toList();
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
