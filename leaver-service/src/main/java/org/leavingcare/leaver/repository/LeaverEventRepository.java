package org.leavingcare.leaver.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The rows of leaver-service's change feed (table {@code leaver_event}). */
@ApplicationScoped
public class LeaverEventRepository {

    /** Serialises writers so that sequence order is commit order ("LEAVER" in ASCII). */
    static final long FEED_LOCK = 0x4c4541564552L;

    @Inject
    EntityManager em;

    /** One stored event; {@code data} is raw JSON. */
    public record StoredEvent(long sequence, String type, String caseRef, OffsetDateTime occurredAt, String data) {
    }

    /**
     * Writes the pending changes of the transaction, then appends one event under the feed lock, which is
     * held until the transaction ends: call it last in the transaction that made the change.
     */
    public void append(String type, String caseRef, String data, Instant occurredAt) {
        em.flush();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, FEED_LOCK).getSingleResult();
        em.createNativeQuery("INSERT INTO leaver_event (type, case_ref, data, occurred_at) VALUES (?1, ?2, CAST(?3 AS jsonb), ?4)")
                .setParameter(1, type)
                .setParameter(2, caseRef)
                .setParameter(3, data)
                .setParameter(4, Timestamp.from(occurredAt))
                .executeUpdate();
    }

    /** Up to {@code count} events after {@code after}, in sequence order. */
    public List<StoredEvent> after(long after, int count) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT sequence, type, case_ref, occurred_at, CAST(data AS text)
                        FROM leaver_event WHERE sequence > ?1 ORDER BY sequence LIMIT ?2""")
                .setParameter(1, after)
                .setParameter(2, count)
                .getResultList();
        List<StoredEvent> events = new ArrayList<>();
        for (Object[] row : rows) {
            events.add(new StoredEvent(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
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
