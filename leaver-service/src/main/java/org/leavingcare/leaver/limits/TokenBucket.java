package org.leavingcare.leaver.limits;

/**
 * A token bucket: {@code burst} tokens at most, refilled continuously at {@code perSecond}; each request
 * takes one. Plain Java with the time passed in, so it is tested without waiting.
 */
public final class TokenBucket {

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long lastNanos;

    public TokenBucket(double perSecond, int burst, long nowNanos) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a bucket needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.lastNanos = nowNanos;
    }

    /** Takes a token: 0 when there was one, otherwise the whole seconds until there is (at least 1). */
    public synchronized long take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }

    /** Whether the bucket is full (an idle caller: it can be forgotten). */
    public synchronized boolean full(long nowNanos) {
        refill(nowNanos);
        return tokens >= burst;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - lastNanos;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * perSecond / 1_000_000_000d);
            lastNanos = nowNanos;
        }
    }
}
