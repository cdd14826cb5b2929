package org.leavingcare.notification.limits;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The token bucket behind the per-caller rate limit. */
class TokenBucketsTest {

    static final long SECOND = 1_000_000_000L;

    @Test
    void aCallerMayUseTheBurstThenWaitsForTheRefill() {
        TokenBuckets buckets = new TokenBuckets(2, 3);
        assertEquals(0, buckets.take("a", 0));
        assertEquals(0, buckets.take("a", 0));
        assertEquals(0, buckets.take("a", 0));
        assertEquals(1, buckets.take("a", 0)); // one token needs half a second: at least 1 s to say
        assertEquals(0, buckets.take("b", 0)); // another caller has a bucket of its own
        assertEquals(0, buckets.take("a", SECOND / 2));
        assertEquals(1, buckets.take("a", SECOND / 2));
        // idle for long: refilled up to the burst, not beyond
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.take("a", 100 * SECOND));
        }
        assertEquals(1, buckets.take("a", 100 * SECOND));
    }

    @Test
    void slowRefillsAskForTheWholeWait() {
        TokenBuckets buckets = new TokenBuckets(0.1, 1);
        assertEquals(0, buckets.take("a", 0));
        assertEquals(10, buckets.take("a", 0));
        assertEquals(5, buckets.take("a", 5 * SECOND));
    }

    @Test
    void zeroPerSecondTurnsTheLimitOff() {
        TokenBuckets buckets = new TokenBuckets(0, 1);
        assertFalse(buckets.enabled());
        for (int i = 0; i < 10; i++) {
            assertEquals(0, buckets.take("a", 0));
        }
    }
}
