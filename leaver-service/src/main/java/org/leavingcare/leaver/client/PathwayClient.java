package org.leavingcare.leaver.client;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.leavingcare.leaver.repository.YoungPerson;
import org.leavingcare.leaver.repository.YoungPersonRepository;

import java.time.temporal.ChronoUnit;

/**
 * Calls to pathway-service. The feed is read without fault tolerance (the consumer logs and retries
 * on its next poll); a fresh read of a young person is bounded in time, retried, guarded by a circuit
 * breaker and falls back to the projection, flagged possibly stale. Every number here can be changed
 * in configuration ({@code org.leavingcare.leaver.client.PathwayClient/youngPerson/Timeout/value}, ...).
 */
@ApplicationScoped
public class PathwayClient {

    @Inject
    @RestClient
    PathwayApi api;

    @Inject
    YoungPersonRepository youngPeople;

    /** A page of the feed; {@code correlationId} names the batch in pathway-service's logs and audit trail. */
    public PathwayFeedPage events(long after, int limit, String correlationId) {
        return api.events(after, limit, correlationId);
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, delayUnit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "fromProjection")
    public FreshYoungPerson youngPerson(String caseRef, String correlationId, String onBehalfOf) {
        // the service token, the user's request's correlation id and who asked (pathway-service audits it)
        PathwayRecord record = api.youngPerson(caseRef, correlationId, onBehalfOf);
        return new FreshYoungPerson(caseRef, record.givenName(), record.familyName(), record.dateOfBirth(),
                record.team(), FreshYoungPerson.PATHWAY, false);
    }

    FreshYoungPerson fromProjection(String caseRef, String correlationId, String onBehalfOf) {
        Log.warnf("pathway-service did not answer a read of %s; showing the projection", caseRef);
        YoungPerson person = youngPeople.find(caseRef);
        if (person == null) {
            return new FreshYoungPerson(caseRef, null, null, null, null, FreshYoungPerson.PROJECTION, true);
        }
        return new FreshYoungPerson(caseRef, null, null, person.dateOfBirth, person.team, FreshYoungPerson.PROJECTION, true);
    }
}
