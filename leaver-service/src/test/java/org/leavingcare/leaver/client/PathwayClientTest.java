package org.leavingcare.leaver.client;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavingcare.leaver.FakePathway;
import org.leavingcare.leaver.Fixtures;
import org.leavingcare.leaver.feed.PathwayFeedPoller;

import java.time.Duration;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fresh read of a young person from pathway-service, with timeout, retry, circuit breaker and fallback. */
@QuarkusTest
class PathwayClientTest {

    @Inject
    PathwayClient client;

    @Inject
    PathwayFeedPoller poller;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    String caseRef;

    @BeforeEach
    void youngPersonKnownToBoth() {
        circuitBreakers.resetAll();
        caseRef = Fixtures.caseRef("C");
        FakePathway.publish("young-person.upserted", caseRef,
                Fixtures.snapshot(caseRef, "2010-05-14", "north", false, false, false, Fixtures.ELIGIBLE_AT_16));
        assertTrue(poller.catchUp());
        FakePathway.RECORDS.put(caseRef, """
                {"caseRef": "%s", "givenName": "Tessaly", "familyName": "Perrowne", "dateOfBirth": "2010-05-14",
                 "gender": "FEMALE", "team": "north", "version": 3, "somethingNew": {"a": 1}}""".formatted(caseRef));
    }

    @AfterEach
    void recover() {
        FakePathway.reset();
        circuitBreakers.resetAll();
    }

    @Test
    void theRecordIsReadFreshFromPathwayService() {
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef)
                .then().statusCode(200)
                .body("pathwayRecord.source", equalTo("pathway-service"))
                .body("pathwayRecord.possiblyStale", equalTo(false))
                .body("pathwayRecord.givenName", equalTo("Tessaly"))
                .body("pathwayRecord.dateOfBirth", equalTo("2010-05-14"));
    }

    @Test
    void theFreshReadCarriesTheRequestsCorrelationIdAndTheUserItServes() {
        given().header("Authorization", Fixtures.manager()).header("X-Correlation-Id", "fresh-read-1")
                .when().get("/young-people/" + caseRef)
                .then().statusCode(200).header("X-Correlation-Id", equalTo("fresh-read-1"))
                .body("pathwayRecord.source", equalTo("pathway-service"));
        assertEquals("fresh-read-1", FakePathway.lastRecordCorrelationId);
        assertEquals("m-1", FakePathway.lastRecordOnBehalfOf);
        // a subject pathway-service would refuse as X-On-Behalf-Of is not sent (the read stays fresh)
        given().header("Authorization", org.leavingcare.testsupport.TestTokens.bearer("integration", "cms user+1"))
                .when().get("/young-people/" + caseRef)
                .then().statusCode(200).body("pathwayRecord.source", equalTo("pathway-service"));
        assertEquals(null, FakePathway.lastRecordOnBehalfOf);
        // without one, the id the service made for the request, the same it answers with
        String made = given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef)
                .then().statusCode(200).extract().header("X-Correlation-Id");
        assertEquals(made, FakePathway.lastRecordCorrelationId);
    }

    @Test
    void eachFeedBatchHasACorrelationIdOfItsOwn() {
        int before = FakePathway.FEED_CORRELATION_IDS.size();
        String other = Fixtures.caseRef("C");
        FakePathway.publish("young-person.upserted", other,
                Fixtures.snapshot(other, "2010-05-14", "north", false, false, false, Fixtures.ELIGIBLE_AT_16));
        assertTrue(poller.catchUp());
        assertTrue(poller.catchUp());
        java.util.List<String> ids = FakePathway.FEED_CORRELATION_IDS.subList(before, FakePathway.FEED_CORRELATION_IDS.size());
        assertTrue(ids.size() >= 2, ids.toString());
        assertTrue(ids.stream().allMatch(id -> id.matches("[0-9a-f-]{36}")), ids.toString());
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "one id per batch: " + ids);
    }

    @Test
    void aServerErrorFallsBackToTheProjectionFlaggedPossiblyStale() {
        FakePathway.mode(FakePathway.Mode.ERROR_500);
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef)
                .then().statusCode(200)
                .body("allocationDueOn", equalTo("2027-11-14"))
                .body("pathwayRecord.source", equalTo("projection"))
                .body("pathwayRecord.possiblyStale", equalTo(true))
                .body("pathwayRecord.givenName", nullValue())
                .body("pathwayRecord.team", equalTo("north"));
    }

    @Test
    void aTimeoutFallsBackWithinTheConfiguredTime() {
        FakePathway.mode(FakePathway.Mode.SLOW);
        long start = System.nanoTime();
        FreshYoungPerson read = client.youngPerson(caseRef, "test-batch", "m-1");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(FreshYoungPerson.PROJECTION, read.source());
        assertTrue(read.possiblyStale());
        assertEquals(LocalDate.of(2010, 5, 14), read.dateOfBirth());
        // 400 ms timeout, one retry: well under the fake's 4 s hang
        assertTrue(took.toMillis() < 3000, "took " + took);
    }

    @Test
    void repeatedFailuresOpenTheCircuitSoPathwayServiceIsLeftAlone() {
        FakePathway.mode(FakePathway.Mode.ERROR_500);
        for (int i = 0; i < 3; i++) {
            assertTrue(client.youngPerson(caseRef, "test-batch", "m-1").possiblyStale());
        }
        int calls = FakePathway.RECORD_REQUESTS.get();
        FakePathway.mode(FakePathway.Mode.OK);
        FreshYoungPerson whileOpen = client.youngPerson(caseRef, "test-batch", "m-1");
        assertTrue(whileOpen.possiblyStale(), "the open circuit answers from the projection");
        assertEquals(calls, FakePathway.RECORD_REQUESTS.get(), "no call reached pathway-service");
        circuitBreakers.resetAll();
        FreshYoungPerson closed = client.youngPerson(caseRef, "test-batch", "m-1");
        assertFalse(closed.possiblyStale());
        assertEquals("Perrowne", closed.familyName());
    }

    @Test
    void aYoungPersonUnknownToBothIsStillAnAnswerFromTheFallback() {
        FreshYoungPerson read = client.youngPerson("NOBODY-AT-ALL", "test-batch", "m-1");
        assertTrue(read.possiblyStale());
        assertNull(read.team());
    }
}
