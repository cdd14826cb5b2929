package org.leavingcare.platform.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per caller (docs/access-and-audit.md, "Limits"): {@code perSecond} tokens refilled
 * continuously up to {@code burst}; a request takes one. Plain Java; the time is passed in (nanoseconds).
 */
public final class TokenBuckets {

    /** Buckets kept before idle ones (full again) are forgotten. */
    static final int MAX_KEYS = 10_000;

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(double perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, burst);
    }

    /** Whether the limit is off ({@code 0} requests per second). */
    public boolean off() {
        return perSecond <= 0;
    }

    /** 0 if {@code key} may make a request now (and takes a token), else the whole seconds to wait. */
    public long take(String key, long nowNanos) {
        if (off()) {
            return 0;
        }
        if (buckets.size() > MAX_KEYS) {
            buckets.values().removeIf(b -> b.level(nowNanos) >= burst);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, nowNanos));
        synchronized (bucket) {
            double level = bucket.level(nowNanos);
            bucket.tokens = level;
            bucket.at = nowNanos;
            if (level >= 1) {
                bucket.tokens = level - 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - level) / perSecond));
        }
    }

    private final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        double level(long nowNanos) {
            return Math.min(burst, tokens + Math.max(0, nowNanos - at) / 1e9 * perSecond);
        }
    }
}
