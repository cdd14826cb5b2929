package org.leavingcare.pathway.feed;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.leavingcare.pathway.config.SuiteConfig;

/**
 * Polls leaver-service's feed on a schedule for the current personal advisers (access scope). When
 * leaver-service is down the service keeps scoping by the projection, logs one warning (no personal data) and
 * catches up when it returns.
 */
@ApplicationScoped
public class LeaverFeedPoller {

    @Inject
    LeaverFeedApplier applier;

    @Inject
    SuiteConfig config;

    private volatile boolean failing;

    @Scheduled(identity = "leaver-feed", every = "${suite.feeds.leaver.poll-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (config.feeds().leaver().enabled()) {
            catchUp();
        }
    }

    /** Applies pages until none is ready; false if leaver-service could not be read. */
    public synchronized boolean catchUp() {
        try {
            int pages = 0;
            while (applier.applyNextPage()) {
                pages++;
                if (pages >= 1000) {
                    break;
                }
            }
            if (failing) {
                Log.infof("leaver-service feed readable again; advisers at sequence %d", applier.cursor());
                failing = false;
            }
            return true;
        } catch (RuntimeException e) {
            if (!failing) {
                Log.warnf("leaver-service feed unavailable (%s); scoping advisers by the projection and retrying",
                        e.getClass().getSimpleName());
            } else {
                Log.debugf("leaver-service feed still unavailable (%s)", e.getClass().getSimpleName());
            }
            failing = true;
            return false;
        }
    }
}
