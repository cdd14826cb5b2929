package org.leavingcare.notification.feed;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.MDC;
import org.leavingcare.notification.audit.CorrelationIds;
import org.leavingcare.notification.client.FeedClient.Feed;

/**
 * Polls the pathway-service and leaver-service change feeds (docs/change-feeds.md). Each page is
 * applied in one transaction by {@link FeedApplier}; while the producer says more is ready, the next
 * page follows at once. A producer that is down costs a warning (no personal data) and nothing else:
 * the projection keeps serving and the cursor picks up where it stopped.
 */
@ApplicationScoped
public class FeedConsumer {

    /** Pages applied per poll at most, so that one poll cannot run forever behind a fast producer. */
    static final int MAX_PAGES_PER_POLL = 50;

    @Inject
    FeedApplier applier;

    @Scheduled(identity = "pathway-feed", every = "${suite.feeds.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollPathway() {
        poll(Feed.PATHWAY);
    }

    @Scheduled(identity = "leaver-feed", every = "${suite.feeds.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollLeaver() {
        poll(Feed.LEAVER);
    }

    /** Applies what the feed has ready; returns the number of events applied (or skipped as unknown). */
    public int poll(Feed feed) {
        int applied = 0;
        for (int page = 0; page < MAX_PAGES_PER_POLL; page++) {
            // one correlation id per page: sent to the producer, in our log lines while it is applied
            String correlationId = CorrelationIds.fresh();
            MDC.put(CorrelationIds.MDC_KEY, correlationId);
            try {
                FeedApplier.Applied result = applier.applyNextPage(feed, correlationId);
                applied += result.events();
                if (!result.hasMore()) {
                    break;
                }
            } catch (RuntimeException e) {
                // other messages can quote the producer's answer (dates of birth); ours name only sequences and types
                String ours = e instanceof IllegalStateException ? ": " + e.getMessage() : "";
                Log.warnf("The %s feed could not be read or applied (%s%s, caused by %s); serving from the projection, "
                        + "will retry", feed.cursor(), e.getClass().getSimpleName(), ours, rootCause(e));
                break;
            } finally {
                MDC.remove(CorrelationIds.MDC_KEY);
            }
        }
        return applied;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }
}
