package org.leavingcare.notification.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again. The schedule is the Standard Webhooks one by default (now,
 * 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h): entry {@code n} is the delay before attempt
 * {@code n + 1}, so its length is the number of attempts. Each delay is spread by a random jitter so
 * that many deliveries failing together do not retry together. A receiver that answers 429 or 503 with
 * {@code Retry-After} is retried when it asked (capped), instead of on the schedule.
 */
public final class RetryPolicy {

    private final List<Duration> schedule;
    private final double jitter;
    private final Duration maxRetryAfter;
    private final DoubleSupplier random;

    public RetryPolicy(List<Duration> schedule, double jitter, Duration maxRetryAfter, DoubleSupplier random) {
        if (schedule.isEmpty()) {
            throw new IllegalArgumentException("the retry schedule needs at least one attempt");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1)");
        }
        this.schedule = List.copyOf(schedule);
        this.jitter = jitter;
        this.maxRetryAfter = maxRetryAfter;
        this.random = random;
    }

    public int maxAttempts() {
        return schedule.size();
    }

    /**
     * When to try again after attempt number {@code attemptsMade} (1-based) failed at {@code now}, or
     * empty when that was the last attempt and the delivery is dead-lettered.
     */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now, Optional<Duration> retryAfter) {
        if (attemptsMade >= schedule.size()) {
            return Optional.empty();
        }
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get().isNegative() ? Duration.ZERO : retryAfter.get();
            return Optional.of(now.plus(asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked));
        }
        Duration delay = schedule.get(attemptsMade);
        // a factor in [1 - jitter, 1 + jitter)
        double factor = 1 - jitter + 2 * jitter * random.getAsDouble();
        long millis = Math.round(delay.toMillis() * factor);
        return Optional.of(now.plusMillis(millis));
    }

    /**
     * A {@code Retry-After} header (RFC 9110 §10.2.3): whole seconds or an HTTP date; empty when absent
     * or unreadable.
     */
    public static Optional<Duration> parseRetryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration until = Duration.between(now, at);
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
