package org.leavingcare.platform.limits;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenBucketsTest {

    static final long SECOND = 1_000_000_000L;

    @ParameterizedTest(name = "{0}/s, burst {1}: {2} requests at once then one after {3} ms waits {4} s")
    @CsvSource({
            // perSecond, burst, requests at t=0, then one more at ms, expected wait of that one
            "1,  3, 3, 0,    1",
            "1,  3, 3, 999,  1",
            "1,  3, 3, 1000, 0",
            "2,  1, 1, 499,  1",
            "2,  1, 1, 500,  0",
            "0.5, 1, 1, 1000, 1",
            "0.5, 1, 1, 1999, 1",
            "0.5, 1, 1, 2000, 0",
            "50, 500, 500, 0, 1",
            "50, 500, 499, 0, 0",
    })
    void aBucketRefillsContinuouslyUpToItsBurst(double perSecond, int burst, int atOnce, long afterMs, long wait) {
        TokenBuckets buckets = new TokenBuckets(perSecond, burst);
        for (int i = 0; i < atOnce; i++) {
            assertEquals(0, buckets.take("a", 0));
        }
        assertEquals(wait, buckets.take("a", afterMs * 1_000_000L));
    }

    @Test
    void callersHaveBucketsOfTheirOwnAndZeroTurnsTheLimitOff() {
        TokenBuckets buckets = new TokenBuckets(1, 1);
        assertEquals(0, buckets.take("a", 0));
        assertEquals(1, buckets.take("a", 0));
        assertEquals(0, buckets.take("b", 0));
        // a long idle time does not save up more than the burst
        assertEquals(0, buckets.take("a", 3600 * SECOND));
        assertEquals(1, buckets.take("a", 3600 * SECOND));
        TokenBuckets off = new TokenBuckets(0, 1);
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, off.take("a", 0));
        }
    }
}
