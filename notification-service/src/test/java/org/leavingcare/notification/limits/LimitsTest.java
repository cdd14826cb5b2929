package org.leavingcare.notification.limits;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One client cannot exhaust the service: bodies over {@code suite.limits.max-body-size} are a 413 problem,
 * and a client address or a verified token subject over its token bucket a 429 problem with Retry-After.
 * A profile with tiny limits (1 KiB, 1 request per second, burst 3); each test connects from loopback
 * addresses of its own (127.0.0.x) and uses subjects of its own, so the buckets never mix tests up.
 */
@QuarkusTest
@TestProfile(LimitsTest.TinyLimits.class)
class LimitsTest {

    static final String PROBLEM = "application/problem+json";
    static final Path LOG = Path.of("target/test-logs/notification-service.log");

    public static class TinyLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.limits.max-body-size", "1K",
                    "suite.rate-limit.requests-per-second", "1",
                    "suite.rate-limit.burst", "3");
        }
    }

    static String note(int size) {
        return "{\"note\": \"" + "n".repeat(size) + "\"}";
    }

    static void assertTooLarge(RawHttp.Answer answer) {
        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.header("content-type").startsWith(PROBLEM), answer.header("content-type"));
        assertTrue(answer.body().contains("\"title\":\"Content Too Large\""), answer.body());
        assertTrue(answer.body().contains("1024 bytes"), "the detail names the limit: " + answer.body());
        assertNotNull(answer.header("X-Correlation-Id"));
        assertTrue(answer.header("X-Correlation-Id").startsWith("raw-"), "the request's id is echoed");
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() throws Exception {
        assertTooLarge(RawHttp.send("127.0.0.11", "POST", "/alerts/1/acknowledgement",
                TestTokens.bearer("social-worker", "sw-big", "north"), note(2000), false));
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemTooAndNotAnUnexpectedError() throws Exception {
        long logStart = Files.exists(LOG) ? Files.size(LOG) : 0;
        RawHttp.Answer answer = RawHttp.send("127.0.0.12", "POST", "/alerts/1/acknowledgement",
                TestTokens.bearer("social-worker", "sw-chunked", "north"), note(4000), true);
        // Quarkus cuts the body off itself while reading it (its own bare 413, as the contract allows)
        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.header("X-Correlation-Id").startsWith("raw-"), "the request's id is echoed");
        Thread.sleep(300); // the service may still be finishing the request after answering
        byte[] all = Files.readAllBytes(LOG);
        String log = new String(all, (int) logStart, all.length - (int) logStart, StandardCharsets.UTF_8);
        assertTrue(!log.contains("Unexpected error"), "went through the last-resort mapper");
        assertTrue(!log.contains(" ERROR "), "an ERROR was logged");
    }

    @Test
    void aVerifiedSubjectOverItsRateIsA429FromAnyAddressAndOthersAreNotHeldBack() throws Exception {
        String fast = TestTokens.bearer("manager", "m-fast", "north");
        // every request from a fresh address (a full address bucket): only the subject's bucket can run out
        RawHttp.Answer limited = null;
        for (int i = 0; i < 10 && limited == null; i++) {
            RawHttp.Answer answer = RawHttp.get("127.0.0." + (40 + i), "/rules", fast);
            assertTrue(answer.status() == 200 || answer.status() == 429, "status " + answer.status());
            assertTrue(i >= 3 || answer.status() == 200, "the burst of 3 is granted");
            limited = answer.status() == 429 ? answer : null;
        }
        assertNotNull(limited, "the subject was never limited");
        assertTrue(limited.header("content-type").startsWith(PROBLEM));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
        // another subject has a bucket of its own
        assertEquals(200, RawHttp.get("127.0.0.23", "/rules", TestTokens.bearer("manager", "m-slow", "north")).status());
    }

    @Test
    void anAddressIsLimitedBeforeAuthenticationAndRoutingWhateverTokenItSends() throws Exception {
        int limited = 0;
        for (int i = 0; i < 6; i++) {
            int status = RawHttp.get("127.0.0.31", "/rules", null).status();
            assertTrue(status == 401 || status == 429, "status " + status);
            limited += status == 429 ? 1 : 0;
        }
        assertTrue(limited >= 2, limited + " of 6 limited");
        // forged tokens and unknown paths from one address
        int forged = 0;
        for (int i = 0; i < 6; i++) {
            String path = i % 2 == 0 ? "/no-such-path-" + i : "/alerts";
            RawHttp.Answer answer = RawHttp.get("127.0.0.32", path, "Bearer forged.token." + i);
            assertTrue(answer.status() == 401 || answer.status() == 404 || answer.status() == 429, "status " + answer.status());
            if (answer.status() == 429) {
                forged++;
                assertTrue(answer.header("content-type").startsWith(PROBLEM));
                assertTrue(Integer.parseInt(answer.header("Retry-After")) >= 1);
            }
        }
        assertTrue(forged >= 2, forged + " of 6 limited");
        // a valid token (a subject with a full bucket) from that address is limited too: the address is out of tokens
        boolean addressLimited = false;
        for (int i = 0; i < 4 && !addressLimited; i++) {
            addressLimited = RawHttp.get("127.0.0.32", "/rules", TestTokens.bearer("manager", "m-other", "north")).status() == 429;
        }
        assertTrue(addressLimited, "a valid token was not limited by its address");
        // health is never limited
        for (int i = 0; i < 6; i++) {
            assertEquals(200, RawHttp.get("127.0.0.33", "/q/health/live", null).status());
        }
    }
}
