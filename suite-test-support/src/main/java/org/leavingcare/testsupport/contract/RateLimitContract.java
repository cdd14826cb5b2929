package org.leavingcare.testsupport.contract;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two rate limits every service shares (docs/access-and-audit.md, "Limits"), with their inputs pinned: a
 * bucket of {@value #BURST} that refills once in about 17 minutes, so the third request is limited however slow
 * the machine is; and each test is a client address of its own (127.0.0.x), so tests never share a bucket. A
 * service runs it as {@code @QuarkusTest @TestProfile(RateLimitContract.TinyBuckets.class)}.
 */
public abstract class RateLimitContract {

    static final int BURST = 2;

    /** The settings the contract pins. */
    public static class TinyBuckets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.rate-limit.requests-per-second", "0.001",
                    "platform.rate-limit.burst", String.valueOf(BURST));
        }
    }

    /** A path that exists and needs a token (any audited read). */
    protected abstract String protectedPath();

    @Test
    void anAddressOverItsBurstIsA429ProblemWithRetryAfterBeforeAnyTokenIsLookedAt() throws Exception {
        String from = "127.0.0.21";
        for (int i = 0; i < BURST; i++) {
            assertEquals(401, RawHttp.get(from, protectedPath(), null).status());
        }
        RawHttp.Answer limited = RawHttp.get(from, protectedPath(), "Bearer forged.token.value");
        assertEquals(429, limited.status(), limited.body());
        assertTrue(limited.header("content-type").startsWith(PlatformContract.PROBLEM));
        assertNotNull(limited.header("retry-after"));
        assertTrue(Long.parseLong(limited.header("retry-after")) >= 1);
        assertEquals(401, RawHttp.get("127.0.0.22", protectedPath(), null).status(), "another address is not limited");
    }

    @Test
    void unknownPathsCountAgainstTheAddressToo() throws Exception {
        String from = "127.0.0.23";
        for (int i = 0; i < BURST; i++) {
            assertEquals(404, RawHttp.get(from, "/no-such-path-" + i, null).status());
        }
        assertEquals(429, RawHttp.get(from, "/no-such-path-x", null).status());
    }

    @Test
    void aSubjectOverItsBurstIsLimitedFromAnyAddress() throws Exception {
        String token = TestTokens.bearer("manager", "rate-limited-subject", "north");
        for (int i = 0; i < BURST; i++) {
            assertTrue(RawHttp.get("127.0.0.31", protectedPath(), token).status() != 429);
        }
        RawHttp.Answer limited = RawHttp.get("127.0.0.32", protectedPath(), token);
        assertEquals(429, limited.status(), "the subject's bucket follows it to a fresh address");
        assertNotNull(limited.header("retry-after"));
    }

    @Test
    void healthIsNeverLimited() throws Exception {
        String from = "127.0.0.41";
        for (int i = 0; i < BURST + 3; i++) {
            assertEquals(200, RawHttp.get(from, "/q/health/live", null).status());
        }
    }
}
