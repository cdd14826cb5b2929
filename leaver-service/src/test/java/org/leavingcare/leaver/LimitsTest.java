package org.leavingcare.leaver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One client cannot exhaust the service: bounded bodies (413) and rate limits per client address (before
 * routing and authentication) and per token subject (429), as problems. All requests come from loopback, so
 * the profile lets Quarkus take the client address from {@code X-Forwarded-For}, as behind a trusted proxy,
 * and each test speaks from addresses of its own.
 */
@QuarkusTest
@TestProfile(LimitsTest.TinyLimits.class)
class LimitsTest {

    static final String PROBLEM = "application/problem+json";
    static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    /** A tiny body limit, buckets of 5 refilled at 1 a second, and forwarded client addresses honoured. */
    public static class TinyLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.limits.max-body-size", "2K",
                    "suite.rate-limit.requests-per-second", "1",
                    "suite.rate-limit.burst", "5",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    /** A client address no other request of the run has used. */
    static String address() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "10.0." + (n / 250) + "." + (n % 250 + 1);
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemWithTheCorrelationId() {
        String body = "{\"name\": \"" + "x".repeat(3000) + "\", \"team\": \"north\", \"capacity\": 5, \"active\": true}";
        given().header("X-Forwarded-For", address())
                .header("Authorization", TestTokens.bearer("manager", "m-big", "north")).contentType(ContentType.JSON).body(body)
                .when().put("/personal-advisers/pa-big")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413))
                .body("title", equalTo("Content Too Large"))
                .body("detail", equalTo("The request body is larger than the limit of 2048 bytes"))
                .header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Forwarded-For", address()).header("X-Correlation-Id", "big-body-1")
                .header("Authorization", TestTokens.bearer("manager", "m-big", "north")).contentType(ContentType.JSON).body(body)
                .when().put("/personal-advisers/pa-big")
                .then().statusCode(413).header("X-Correlation-Id", equalTo("big-body-1"));
    }

    @TestHTTPResource("/personal-advisers/pa-chunked")
    URI chunkedTarget;

    @Test
    void aBodyOverTheLimitSentWithoutALengthIsA413AndNoUnexpectedError() throws Exception {
        Path log = Path.of("target/test-logs/leaver-service.log");
        long before = Files.exists(log) ? Files.size(log) : 0;
        byte[] body = ("{\"name\": \"" + "y".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(chunkedTarget)
                .header("X-Forwarded-For", address())
                .header("Authorization", TestTokens.bearer("manager", "m-chunked", "north"))
                .header("Content-Type", "application/json")
                // a stream of unknown length: sent chunked, without Content-Length
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        Thread.sleep(100);
        String written = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).substring((int) before);
        assertFalse(written.contains("Unexpected error"), "the last resort answered a body over the limit");
    }

    /** Sends {@code count} requests; returns how many were served (not 429), checking each 429 is a problem. */
    static int served(int count, IntFunction<io.restassured.response.Response> send) {
        int served = 0;
        for (int i = 0; i < count; i++) {
            var response = send.apply(i);
            if (response.statusCode() != 429) {
                served++;
                continue;
            }
            assertEquals(PROBLEM, response.contentType());
            assertEquals(429, response.jsonPath().getInt("status"));
            assertTrue(Integer.parseInt(response.header("Retry-After")) >= 1, response.header("Retry-After"));
        }
        return served;
    }

    @Test
    void aTokenSubjectOverTheRateIsRefusedFromWhateverAddressAndOthersAreServed() {
        String greedy = TestTokens.bearer("manager", "m-greedy", "north");
        // every request from a fresh address: only the subject's bucket empties
        int served = served(8, i -> given().header("X-Forwarded-For", address()).header("Authorization", greedy)
                .when().get("/personal-advisers"));
        // the burst of 5, perhaps one more refilled while the loop ran
        assertTrue(served >= 5 && served <= 6, "served " + served);
        given().header("X-Forwarded-For", address()).header("Authorization", TestTokens.bearer("manager", "m-patient", "north"))
                .when().get("/personal-advisers").then().statusCode(200);
    }

    @Test
    void anAddressFloodingWithoutATokenWithForgedTokensOrUnknownPathsIsRefusedBeforeAuthentication() {
        String flooder = address();
        int served = served(8, i -> given().header("X-Forwarded-For", flooder)
                .when().get(i % 2 == 0 ? "/no-such-path-" + i : "/personal-advisers"));
        assertTrue(served >= 5 && served <= 6, "served " + served);
        // a valid token from a flooded address is refused too: the address is counted first
        String innocent = TestTokens.bearer("manager", "m-innocent", "north");
        assertTrue(served(3, i -> given().header("X-Forwarded-For", flooder).header("Authorization", innocent)
                .when().get("/personal-advisers")) < 3, "a flooded address served a valid token");
        given().header("X-Forwarded-For", flooder).when().get("/personal-advisers").then().statusCode(429)
                .contentType(PROBLEM).header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
        String forger = address();
        served = served(8, i -> given().header("X-Forwarded-For", forger)
                .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtLWZvcmdlZCJ9.bm90LXNpZ25lZA")
                .when().get("/personal-advisers"));
        assertTrue(served >= 5 && served <= 6, "served " + served);
        // another address is served; health is never limited
        given().header("X-Forwarded-For", address()).when().get("/no-such-path").then().statusCode(404);
        for (int i = 0; i < 8; i++) {
            given().header("X-Forwarded-For", flooder).when().get("/q/health/live").then().statusCode(200);
        }
    }
}
