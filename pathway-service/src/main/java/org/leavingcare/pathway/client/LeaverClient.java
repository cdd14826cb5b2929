package org.leavingcare.pathway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to leaver-service. The feed is read without fault tolerance: the consumer logs and retries on its next
 * poll, scoping by the advisers it already knows (timeouts: {@code quarkus.rest-client.leaver.*-timeout}).
 */
@ApplicationScoped
public class LeaverClient {

    @Inject
    @RestClient
    LeaverApi api;

    /** A page of the feed after {@code after}; {@code correlationId} follows the page into leaver-service's audit. */
    public LeaverFeedPage events(long after, int limit, String correlationId) {
        return api.events(after, limit, correlationId);
    }
}
