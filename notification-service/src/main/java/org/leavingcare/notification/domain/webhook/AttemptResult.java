package org.leavingcare.notification.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one HTTP attempt came to. {@code statusCode} is null when no answer came. {@code payloadSent}: the
 * payload went (or may have gone) to the receiver, so the attempt disclosed it whatever the answer: any
 * answer, a timeout waiting for one, or a connection broken after connecting; not a refused target or a
 * connection that never opened.
 */
public record AttemptResult(Outcome outcome, Instant at, Integer statusCode, long latencyMs, String error,
                            Optional<Duration> retryAfter, boolean payloadSent) {

    public enum Outcome {
        /** A 2xx answer. */
        DELIVERED,
        /** Anything else: retried on the schedule (or when Retry-After says). */
        FAILED,
        /** 410 Gone: the receiver says the endpoint no longer exists, so the subscription is disabled. */
        GONE
    }

    public static AttemptResult delivered(Instant at, int statusCode, long latencyMs) {
        return new AttemptResult(Outcome.DELIVERED, at, statusCode, latencyMs, null, Optional.empty(), true);
    }

    public static AttemptResult failed(Instant at, Integer statusCode, long latencyMs, String error,
                                       Optional<Duration> retryAfter) {
        return new AttemptResult(Outcome.FAILED, at, statusCode, latencyMs, error, retryAfter, statusCode != null);
    }

    /** Sent, but no answer came (a timeout, or the connection broke after it opened): retried, and disclosed. */
    public static AttemptResult unanswered(Instant at, long latencyMs, String error) {
        return new AttemptResult(Outcome.FAILED, at, null, latencyMs, error, Optional.empty(), true);
    }

    public static AttemptResult gone(Instant at, long latencyMs) {
        return new AttemptResult(Outcome.GONE, at, 410, latencyMs, "HTTP 410 Gone: subscription disabled",
                Optional.empty(), true);
    }
}
