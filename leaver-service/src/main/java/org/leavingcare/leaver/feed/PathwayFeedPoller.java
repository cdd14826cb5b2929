package org.leavingcare.leaver.feed;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.MDC;
import org.leavingcare.leaver.audit.CorrelationIds;

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

    /** One batch under a correlation id of its own, in the MDC (its log lines) and sent to pathway-service. */
    private boolean nextPage() {
        String correlationId = CorrelationIds.newId();
        Object previous = MDC.get(CorrelationIds.MDC_KEY);
        MDC.put(CorrelationIds.MDC_KEY, correlationId);
        try {
            return applier.applyNextPage(correlationId);
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationIds.MDC_KEY);
            } else {
                MDC.put(CorrelationIds.MDC_KEY, previous);
            }
        }
    }

    /** Applies pages until none is ready; false if pathway-service could not be read. */
    public boolean catchUp() {
        try {
            int pages = 0;
            while (nextPage()) {
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
