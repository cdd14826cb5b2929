package org.leavingcare.leaver.limits;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The per-caller token bucket, with the time passed in. */
class TokenBucketTest {

    static final long SECOND = 1_000_000_000L;

    @ParameterizedTest(name = "{0}/s, burst {1}: {2} requests at once, then one after {3} ms: retry after {4}")
    @CsvSource({
            // the burst is served at once; the next waits for a token
            "1,   5,  5,  0,    1",
            "1,   5,  4,  0,    0",
            // refilled continuously: one token a second at 1/s
            "1,   5,  5,  999,  1",
            "1,   5,  5,  1000, 0",
            // 10/s: a token every 100 ms; Retry-After is whole seconds, at least 1
            "10,  3,  3,  50,   1",
            "10,  3,  3,  100,  0",
            // 0.2/s: five seconds for the next token
            "0.2, 1,  1,  0,    5",
            "0.2, 1,  1,  4000, 1",
            "0.2, 1,  1,  5000, 0",
    })
    void aBucketServesItsBurstAndRefills(double perSecond, int burst, int atOnce, long laterMillis, long retryAfter) {
        TokenBucket bucket = new TokenBucket(perSecond, burst, 0);
        for (int i = 0; i < atOnce; i++) {
            assertEquals(0, bucket.take(0), "request " + (i + 1));
        }
        assertEquals(retryAfter, bucket.take(laterMillis * 1_000_000L));
    }

    @ParameterizedTest(name = "never more than the burst {1} after {2} s idle")
    @CsvSource({"1, 3, 100", "50, 500, 3600"})
    void tokensNeverExceedTheBurst(double perSecond, int burst, long idleSeconds) {
        TokenBucket bucket = new TokenBucket(perSecond, burst, 0);
        long now = idleSeconds * SECOND;
        for (int i = 0; i < burst; i++) {
            assertEquals(0, bucket.take(now));
        }
        assertEquals(true, bucket.take(now) > 0);
        assertEquals(false, bucket.full(now));
    }
}
