package org.leavingcare.pathway.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.leavingcare.pathway.client.LeaverClient;
import org.leavingcare.pathway.client.LeaverFeedPage;
import org.leavingcare.pathway.config.SuiteConfig;
import org.leavingcare.pathway.repository.AdviserAssignments;
import org.leavingcare.pathway.repository.FeedCursors;

import java.util.UUID;

/**
 * One page of leaver-service's feed in one transaction (docs/change-feeds.md): lock the cursor row (so replicas
 * never apply the same page twice), fetch after the cursor, project every event's current adviser into
 * {@code adviser_assignment} (idempotent by source sequence), store the new cursor.
 */
@ApplicationScoped
public class LeaverFeedApplier {

    public static final String FEED = "leaver";

    @Inject
    FeedCursors cursors;

    @Inject
    AdviserAssignments advisers;

    @Inject
    LeaverClient leaver;

    @Inject
    SuiteConfig config;

    /** Applies the next page; true if leaver-service says a further page is ready now. */
    @Transactional
    public boolean applyNextPage() {
        long cursor = cursors.lock(FEED);
        int limit = Math.max(1, Math.min(500, config.feeds().leaver().batchSize()));
        String correlationId = UUID.randomUUID().toString();
        // The cursor row stays locked while the transaction is suspended; suspending it keeps the REST
        // client's I/O threads out of it.
        LeaverFeedPage page;
        try {
            page = QuarkusTransaction.suspendingExisting().call(() -> leaver.events(cursor, limit, correlationId));
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        long next = Math.max(cursor, page.lastSequence());
        for (LeaverFeedPage.Event event : page.events()) {
            apply(event);
            next = Math.max(next, event.sequence());
        }
        cursors.advance(FEED, next);
        return page.hasMore() && next > cursor;
    }

    /** Every leaver event carries the whole snapshot, whatever its type: an event without one is skipped. */
    void apply(LeaverFeedPage.Event event) {
        if (event.caseRef() == null || event.data() == null || event.data().leaver() == null
                || event.caseRef().length() > 64) {
            return;
        }
        String adviser = event.data().leaver().adviserId();
        if (adviser != null && adviser.length() > 64) {
            adviser = null;
        }
        advisers.assign(event.caseRef(), adviser, event.sequence());
    }

    /** Where the projection has got to in the feed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long cursor() {
        return cursors.position(FEED);
    }
}
