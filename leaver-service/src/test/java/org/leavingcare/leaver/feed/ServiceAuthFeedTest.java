package org.leavingcare.leaver.feed;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.leavingcare.leaver.FakePathway;
import org.leavingcare.leaver.Fixtures;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With a signing key configured, the consumer reads pathway-service's feed with a minted service token. */
@QuarkusTest
@TestProfile(ServiceAuthFeedTest.WithSigningKey.class)
class ServiceAuthFeedTest {

    /** The test private key as a file, as a deployment mounts it. */
    public static class WithSigningKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (InputStream in = WithSigningKey.class.getResourceAsStream("/test-keys/privateKey.pem")) {
                Path file = Files.createTempFile("leaver-service-key", ".pem");
                file.toFile().deleteOnExit();
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                return Map.of("suite.service-auth.signing-key-location", file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    PathwayFeedPoller poller;

    @Test
    void theFeedIsReadWithAServiceTokenASuiteServiceAccepts() {
        String caseRef = Fixtures.youngPerson(poller, Fixtures.caseRef("S"), "2010-05-14", "north", false, false, false,
                Fixtures.ELIGIBLE_AT_16);
        String authorization = FakePathway.lastAuthorization;
        assertNotNull(authorization);
        assertTrue(authorization.startsWith("Bearer "), authorization);
        // the same key and issuer the suite's services trust: leaver-service's own feed accepts it
        given().header("Authorization", authorization).when().get("/events").then().statusCode(200);
        // the fresh read of a young person sends the service token with the user's subject beside it
        given().header("Authorization", Fixtures.manager()).when().get("/young-people/" + caseRef).then().statusCode(200);
        assertTrue(FakePathway.lastRecordAuthorization.startsWith("Bearer "), FakePathway.lastRecordAuthorization);
        org.junit.jupiter.api.Assertions.assertEquals("m-1", FakePathway.lastRecordOnBehalfOf);
    }
}
