package org.leavingcare.pathway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** feed_cursor: how far this service has applied each feed it consumes. */
@ApplicationScoped
public class FeedCursors {

    @Inject
    EntityManager em;

    /** The cursor of {@code feed} (0 the first time), its row locked for this transaction so replicas never apply a page twice. */
    public long lock(String feed) {
        em.createNativeQuery("INSERT INTO feed_cursor (feed, last_sequence) VALUES (?1, 0) ON CONFLICT (feed) DO NOTHING")
                .setParameter(1, feed).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT last_sequence FROM feed_cursor WHERE feed = ?1 FOR UPDATE")
                .setParameter(1, feed).getSingleResult()).longValue();
    }

    public void advance(String feed, long lastSequence) {
        em.createNativeQuery("UPDATE feed_cursor SET last_sequence = ?1, updated_at = now() WHERE feed = ?2")
                .setParameter(1, lastSequence).setParameter(2, feed).executeUpdate();
    }

    /** Where the projection of {@code feed} has got to (0 before the first page). */
    public long position(String feed) {
        Object value = em.createNativeQuery("SELECT coalesce(max(last_sequence), 0) FROM feed_cursor WHERE feed = ?1")
                .setParameter(1, feed).getSingleResult();
        return ((Number) value).longValue();
    }
}
