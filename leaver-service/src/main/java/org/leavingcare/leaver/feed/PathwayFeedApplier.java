package org.leavingcare.leaver.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.leaver.audit.CorrelationIds;
import org.leavingcare.leaver.client.PathwayClient;
import org.leavingcare.leaver.client.PathwayEvent;
import org.leavingcare.leaver.client.PathwayFeedPage;
import org.leavingcare.leaver.config.SuiteConfig;
import org.leavingcare.leaver.repository.FeedCursorRepository;

/**
 * One page of pathway-service's feed in one transaction: lock the cursor row (so replicas never apply
 * the same page twice), fetch after the cursor, apply every event, store the new cursor.
 */
@ApplicationScoped
public class PathwayFeedApplier {

    public static final String FEED = "pathway";

    @Inject
    FeedCursorRepository cursors;

    @Inject
    PathwayClient client;

    @Inject
    YoungPersonProjection projection;

    @Inject
    SuiteConfig config;

    /** Applies the next page under a new correlation id; true if pathway-service says a further page is ready now. */
    @Transactional
    public boolean applyNextPage() {
        return applyNextPage(CorrelationIds.newId());
    }

    /** Applies the next page; the request for it carries {@code correlationId}. */
    @Transactional
    public boolean applyNextPage(String correlationId) {
        long cursor = cursors.lock(FEED);
        int limit = Math.max(1, Math.min(500, config.feeds().pathway().batchSize()));
        // The cursor row stays locked while the transaction is suspended; suspending it keeps the REST
        // client's I/O threads out of it (a failed call would otherwise abort it "with 2 threads active").
        PathwayFeedPage page;
        try {
            page = QuarkusTransaction.suspendingExisting().call(() -> client.events(cursor, limit, correlationId));
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        long next = Math.max(cursor, page.lastSequence());
        YoungPersonProjection.Batch batch = new YoungPersonProjection.Batch();
        for (PathwayEvent event : page.events()) {
            projection.apply(event, batch);
            next = Math.max(next, event.sequence());
        }
        projection.publishChanges(batch);
        cursors.store(FEED, next);
        return page.hasMore() && next > cursor;
    }

    /** Where the projection has got to in the feed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long cursor() {
        return cursors.position(FEED);
    }
}
