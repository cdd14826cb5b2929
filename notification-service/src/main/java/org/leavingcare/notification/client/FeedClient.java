package org.leavingcare.notification.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads pages of the two change feeds this service consumes, with retry, a circuit breaker and a
 * timeout (all overridable by MicroProfile Fault Tolerance configuration). A failure is thrown to the
 * consumer, which logs it and tries again at the next poll: the feeds are the fallback of themselves.
 */
@ApplicationScoped
public class FeedClient {

    /** The feeds, named as their cursor rows. */
    public enum Feed {
        PATHWAY("pathway"), LEAVER("leaver");

        private final String cursor;

        Feed(String cursor) {
            this.cursor = cursor;
        }

        public String cursor() {
            return cursor;
        }
    }

    @Inject
    @RestClient
    PathwayFeedApi pathway;

    @Inject
    @RestClient
    LeaverFeedApi leaver;

    @Inject
    ServiceTokens tokens;

    /** A page of pathway-service's feed (the batch's correlation id passed on); its circuit breaker is separate from leaver-service's. */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
    @Timeout(10_000)
    public FeedPage pathwayPage(long after, int limit, String correlationId) {
        return pathway.events(after, limit, tokens.authorization(), correlationId);
    }

    /** A page of leaver-service's feed. */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
    @Timeout(10_000)
    public FeedPage leaverPage(long after, int limit, String correlationId) {
        return leaver.events(after, limit, tokens.authorization(), correlationId);
    }
}
