package org.leavingcare.leaver;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One client cannot exhaust the service: bounded bodies (413) and a per-caller rate limit (429), as problems. */
@QuarkusTest
@TestProfile(LimitsTest.TinyLimits.class)
class LimitsTest {

    static final String PROBLEM = "application/problem+json";

    /** A tiny body limit and a bucket of 5 refilled at 1 a second. */
    public static class TinyLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.limits.max-body-size", "2K",
                    "suite.rate-limit.requests-per-second", "1",
                    "suite.rate-limit.burst", "5");
        }
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        String body = "{\"name\": \"" + "x".repeat(3000) + "\", \"team\": \"north\", \"capacity\": 5, \"active\": true}";
        given().header("Authorization", TestTokens.bearer("manager", "m-big", "north")).contentType(ContentType.JSON).body(body)
                .when().put("/personal-advisers/pa-big")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413))
                .body("title", equalTo("Content Too Large"))
                .header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @io.quarkus.test.common.http.TestHTTPResource("/personal-advisers/pa-chunked")
    java.net.URI chunkedTarget;

    @Test
    void aBodyOverTheLimitSentWithoutALengthIsRefusedToo() throws Exception {
        byte[] body = ("{\"name\": \"" + "y".repeat(5000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var request = java.net.http.HttpRequest.newBuilder(chunkedTarget)
                .header("Authorization", TestTokens.bearer("manager", "m-chunked", "north"))
                .header("Content-Type", "application/json")
                // a stream of unknown length: sent chunked, without Content-Length
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        // Vert.x answers before the service can write a problem body: the status, and the connection closed
        assertEquals(413, response.statusCode());
    }

    @Test
    void aCallerOverTheRateIsA429ProblemWithRetryAfterAndOthersAreServed() {
        String greedy = TestTokens.bearer("manager", "m-greedy", "north");
        int served = 0;
        int refused = 0;
        String retryAfter = null;
        for (int i = 0; i < 8; i++) {
            var response = given().header("Authorization", greedy).when().get("/personal-advisers");
            if (response.statusCode() == 200) {
                served++;
            } else {
                assertEquals(429, response.statusCode());
                assertEquals(PROBLEM, response.contentType());
                assertEquals(429, response.jsonPath().getInt("status"));
                retryAfter = response.header("Retry-After");
                refused++;
            }
        }
        // the burst of 5, perhaps one more refilled while the loop ran
        assertTrue(served >= 5 && served <= 6, "served " + served);
        assertTrue(refused >= 2, "refused " + refused);
        assertTrue(Integer.parseInt(retryAfter) >= 1, retryAfter);
        // another caller has a bucket of their own
        given().header("Authorization", TestTokens.bearer("manager", "m-patient", "north")).when().get("/personal-advisers")
                .then().statusCode(200);
        // health is not limited
        for (int i = 0; i < 8; i++) {
            given().when().get("/q/health/live").then().statusCode(200);
        }
    }
}
