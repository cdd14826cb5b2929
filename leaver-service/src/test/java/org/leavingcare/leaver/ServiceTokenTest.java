package org.leavingcare.leaver;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.leavingcare.leaver.client.ServiceToken;
import org.leavingcare.testsupport.TestTokens;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;

/** The token leaver-service mints for other services' feeds is one a suite service accepts for the role service. */
@QuarkusTest
class ServiceTokenTest {

    @Test
    void aMintedServiceTokenReadsAFeed() throws Exception {
        String token = ServiceToken.mint(TestTokens.privateKey(), TestTokens.ISSUER, Instant.now(), Duration.ofMinutes(5));
        given().header("Authorization", "Bearer " + token)
                .when().get("/events")
                .then().statusCode(200);
    }

    @Test
    void anExpiredMintedTokenIsRefused() throws Exception {
        String token = ServiceToken.mint(TestTokens.privateKey(), TestTokens.ISSUER,
                Instant.now().minus(Duration.ofMinutes(20)), Duration.ofMinutes(5));
        given().header("Authorization", "Bearer " + token)
                .when().get("/events")
                .then().statusCode(401);
    }

    @Test
    void aTokenMintedForAnotherIssuerIsRefused() throws Exception {
        String token = ServiceToken.mint(TestTokens.privateKey(), "https://elsewhere.invalid", Instant.now(),
                Duration.ofMinutes(5));
        given().header("Authorization", "Bearer " + token)
                .when().get("/events")
                .then().statusCode(401);
    }
}
