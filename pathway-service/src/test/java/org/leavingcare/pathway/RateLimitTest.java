package org.leavingcare.pathway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.leavingcare.pathway.Fixtures.PROBLEM;

/** docs/access-and-audit.md, "Limits": a token bucket per caller, 429 with Retry-After over it. */
@QuarkusTest
@TestProfile(RateLimitTest.TinyLimit.class)
class RateLimitTest {

    /** A bucket of 3 refilled at 1 a second. */
    public static class TinyLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.rate-limit.requests-per-second", "1", "suite.rate-limit.burst", "3");
        }
    }

    @Test
    void aCallerOverTheLimitGets429WithRetryAfterAndOthersAreNotHeldUp() {
        String busy = TestTokens.bearer("manager", "m-busy", "north");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", busy).when().get("/young-people").then().statusCode(200);
        }
        given().header("Authorization", busy).when().get("/young-people").then().statusCode(429).contentType(PROBLEM)
                .header("Retry-After", notNullValue()).body("status", equalTo(429));
        given().header("Authorization", TestTokens.bearer("manager", "m-calm", "north"))
                .when().get("/young-people").then().statusCode(200);
        // health, metrics and OpenAPI are not limited
        for (int i = 0; i < 5; i++) {
            given().when().get("/q/health/live").then().statusCode(200);
        }
    }
}
