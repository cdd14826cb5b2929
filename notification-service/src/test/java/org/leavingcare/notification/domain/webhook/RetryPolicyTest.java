package org.leavingcare.notification.domain.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetryPolicyTest {

    static final List<Duration> STANDARD = List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24));
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @ParameterizedTest(name = "after attempt {0} with random {1}: {2}")
    @CsvSource(nullValues = "DEAD", value = {
            // attempts made, random draw, next attempt (jitter 20%: 0.0 -> -20%, 0.5 -> exact, ~1.0 -> +20%)
            "1, 0.5, 2026-03-01T12:00:05Z",
            "1, 0.0, 2026-03-01T12:00:04Z",
            "1, 1.0, 2026-03-01T12:00:06Z",
            "2, 0.5, 2026-03-01T12:05:00Z",
            "3, 0.5, 2026-03-01T12:30:00Z",
            "4, 0.5, 2026-03-01T14:00:00Z",
            "5, 0.5, 2026-03-01T17:00:00Z",
            "6, 0.5, 2026-03-01T22:00:00Z",
            "7, 0.5, 2026-03-02T02:00:00Z",
            "8, 0.5, 2026-03-02T08:00:00Z",
            "9, 0.5, 2026-03-02T12:00:00Z",
            "9, 0.0, 2026-03-02T07:12:00Z",
            "10, 0.5, DEAD",
            "11, 0.5, DEAD",
    })
    void followsTheStandardWebhooksScheduleWithJitterThenDeadLetters(int attemptsMade, double random, String expected) {
        RetryPolicy policy = new RetryPolicy(STANDARD, 0.2, Duration.ofHours(24), () -> random);
        assertEquals(10, policy.maxAttempts());
        assertEquals(Optional.ofNullable(expected).map(Instant::parse),
                policy.nextAttempt(attemptsMade, NOW, Optional.empty()));
    }

    @ParameterizedTest(name = "Retry-After {0} -> {1}")
    @CsvSource(nullValues = "NONE", value = {
            "120, 2026-03-01T12:02:00Z",
            "0, 2026-03-01T12:00:00Z",
            "'Sun, 01 Mar 2026 12:10:00 GMT', 2026-03-01T12:10:00Z",
            "'Sun, 01 Mar 2026 11:00:00 GMT', 2026-03-01T12:00:00Z",
            // longer than the cap (24 h) is cut to it
            "172800, 2026-03-02T12:00:00Z",
            "99999999999999999999999, 2026-03-01T12:05:00Z",
            "soon, 2026-03-01T12:05:00Z",
            "NONE, 2026-03-01T12:05:00Z",
    })
    void honoursRetryAfterInSecondsOrAsADateCappedOtherwiseTheSchedule(String header, String expected) {
        RetryPolicy policy = new RetryPolicy(STANDARD, 0.2, Duration.ofHours(24), () -> 0.5);
        Optional<Duration> retryAfter = RetryPolicy.parseRetryAfter(header, NOW);
        assertEquals(Optional.of(Instant.parse(expected)), policy.nextAttempt(2, NOW, retryAfter));
    }

    @ParameterizedTest
    @CsvSource({"10", "12"})
    void retryAfterDoesNotOutliveTheLastAttempt(int attemptsMade) {
        RetryPolicy policy = new RetryPolicy(STANDARD, 0.2, Duration.ofHours(24), () -> 0.5);
        assertEquals(Optional.empty(), policy.nextAttempt(attemptsMade, NOW, Optional.of(Duration.ofSeconds(1))));
    }
}
