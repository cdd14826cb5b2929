package org.leavingcare.leaver.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** How far this service has applied each feed it consumes (table {@code feed_cursor}). */
@ApplicationScoped
public class FeedCursorRepository {

    @Inject
    EntityManager em;

    /**
     * The feed's cursor, its row locked for the rest of the transaction (so replicas never apply the same
     * page twice); a feed read for the first time starts at 0.
     */
    public long lock(String feed) {
        em.createNativeQuery("INSERT INTO feed_cursor (feed, last_sequence) VALUES (?1, 0) ON CONFLICT (feed) DO NOTHING")
                .setParameter(1, feed).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT last_sequence FROM feed_cursor WHERE feed = ?1 FOR UPDATE")
                .setParameter(1, feed).getSingleResult()).longValue();
    }

    /** Stores the cursor of a feed locked by {@link #lock(String)}. */
    public void store(String feed, long sequence) {
        em.createNativeQuery("UPDATE feed_cursor SET last_sequence = ?1, updated_at = now() WHERE feed = ?2")
                .setParameter(1, sequence).setParameter(2, feed).executeUpdate();
    }

    /** The feed's cursor without locking it; 0 before the first page. */
    public long position(String feed) {
        Object value = em.createNativeQuery("SELECT coalesce(max(last_sequence), 0) FROM feed_cursor WHERE feed = ?1")
                .setParameter(1, feed).getSingleResult();
        return ((Number) value).longValue();
    }
}
