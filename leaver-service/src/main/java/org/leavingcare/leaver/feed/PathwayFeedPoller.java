package org.leavingcare.leaver.feed;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Polls pathway-service's feed on a schedule and applies it. When pathway-service is down the service
 * keeps serving from its projection, logs a warning (no personal data) and catches up when it returns.
 */
@ApplicationScoped
public class PathwayFeedPoller {

    @Inject
    PathwayFeedApplier applier;

    private volatile boolean failing;

    @Scheduled(identity = "pathway-feed", every = "${suite.feeds.pathway.poll-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        catchUp();
    }

    /** Applies pages until none is ready; false if pathway-service could not be read. */
    public boolean catchUp() {
        try {
            int pages = 0;
            while (applier.applyNextPage()) {
                pages++;
                if (pages >= 1000) {
                    break;
                }
            }
            if (failing) {
                Log.infof("pathway-service feed readable again; projection at sequence %d", applier.cursor());
                failing = false;
            }
            return true;
        } catch (RuntimeException e) {
            if (!failing) {
                Log.warnf("pathway-service feed unavailable (%s); serving from the projection and retrying",
                        e.getClass().getSimpleName());
            } else {
                Log.debugf("pathway-service feed still unavailable (%s)", e.getClass().getSimpleName());
            }
            failing = true;
            return false;
        }
    }
}
