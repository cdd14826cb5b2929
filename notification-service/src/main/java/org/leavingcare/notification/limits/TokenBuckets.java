package org.leavingcare.notification.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per caller: {@code perSecond} tokens refilled continuously up to {@code burst}; a
 * request takes one. Plain Java, unit-tested; the time is passed in (nanoseconds).
 */
public final class TokenBuckets {

    /** Buckets kept before full (idle) ones are dropped. */
    static final int MAX_BUCKETS = 10_000;

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    public TokenBuckets(double perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, burst);
    }

    public boolean enabled() {
        return perSecond > 0;
    }

    /** Takes a token for {@code key} at {@code nanos}: 0 if granted, else the seconds to wait (at least 1). */
    public long take(String key, long nanos) {
        if (!enabled()) {
            return 0;
        }
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(b -> refilled(b, nanos) >= burst);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, nanos));
        synchronized (bucket) {
            bucket.tokens = refilled(bucket, nanos);
            bucket.at = nanos;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond));
        }
    }

    private double refilled(Bucket b, long nanos) {
        double elapsed = Math.max(0, nanos - b.at) / 1e9;
        return Math.min(burst, b.tokens + elapsed * perSecond);
    }
}
