package org.leavingcare.notification.limits;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One client cannot exhaust the service: bodies over {@code suite.limits.max-body-size} are a 413 problem,
 * and a caller over its token bucket a 429 problem with Retry-After. A profile with tiny limits (1 KiB,
 * 1 request per second, burst 3), so each test uses callers of its own.
 */
@QuarkusTest
@TestProfile(LimitsTest.TinyLimits.class)
class LimitsTest {

    static final String PROBLEM = "application/problem+json";

    public static class TinyLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.limits.max-body-size", "1K",
                    "suite.rate-limit.requests-per-second", "1",
                    "suite.rate-limit.burst", "3");
        }
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        String note = "n".repeat(2000);
        given().header("Authorization", TestTokens.bearer("social-worker", "sw-big", "north"))
                .contentType(ContentType.JSON).body("{\"note\": \"" + note + "\"}")
                .when().post("/alerts/1/acknowledgement")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413))
                .header("X-Correlation-Id", notNullValue());
    }

    @Test
    void aBodyOverTheLimitWithoutAContentLengthIsRefusedToo() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/alerts/1/acknowledgement"))
                .header("Authorization", TestTokens.bearer("social-worker", "sw-chunked", "north"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        ("{\"note\": \"" + "n".repeat(4000) + "\"}").getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // Quarkus answers this one itself while reading (413, no body): the size was not declared up front
        assertEquals(413, response.statusCode(), response.body());
    }

    @Test
    void aCallerOverTheRateIsA429ProblemWithRetryAfterAndOthersAreNotHeldBack() {
        String fast = TestTokens.bearer("manager", "m-fast", "north");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", fast).when().get("/rules").then().statusCode(200);
        }
        given().header("Authorization", fast).when().get("/alerts")
                .then().statusCode(429).contentType(PROBLEM).body("status", equalTo(429))
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1));
        // another caller has a bucket of its own
        given().header("Authorization", TestTokens.bearer("manager", "m-slow", "north")).when().get("/rules")
                .then().statusCode(200);
        // health is never limited
        for (int i = 0; i < 6; i++) {
            given().when().get("/q/health/live").then().statusCode(200);
        }
    }

    @Test
    void withoutATokenTheClientAddressIsTheCaller() {
        int limited = 0;
        for (int i = 0; i < 6; i++) {
            int status = given().when().get("/rules").then().extract().statusCode();
            assertTrue(status == 401 || status == 429, "status " + status);
            limited += status == 429 ? 1 : 0;
        }
        assertTrue(limited >= 2, limited + " of 6 limited");
    }
}
