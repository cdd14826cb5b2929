package org.leavingcare.notification.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What one HTTP attempt came to. {@code statusCode} is null when no answer came. */
public record AttemptResult(Outcome outcome, Instant at, Integer statusCode, long latencyMs, String error,
                            Optional<Duration> retryAfter) {

    public enum Outcome {
        /** A 2xx answer. */
        DELIVERED,
        /** Anything else: retried on the schedule (or when Retry-After says). */
        FAILED,
        /** 410 Gone: the receiver says the endpoint no longer exists, so the subscription is disabled. */
        GONE
    }

    public static AttemptResult delivered(Instant at, int statusCode, long latencyMs) {
        return new AttemptResult(Outcome.DELIVERED, at, statusCode, latencyMs, null, Optional.empty());
    }

    public static AttemptResult failed(Instant at, Integer statusCode, long latencyMs, String error,
                                       Optional<Duration> retryAfter) {
        return new AttemptResult(Outcome.FAILED, at, statusCode, latencyMs, error, retryAfter);
    }

    public static AttemptResult gone(Instant at, long latencyMs) {
        return new AttemptResult(Outcome.GONE, at, 410, latencyMs, "HTTP 410 Gone: subscription disabled",
                Optional.empty());
    }
}
