package org.leavingcare.leaver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavingcare.leaver.feed.PathwayFeedPoller;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The leaver change feed as notification-service reads it (docs/change-feeds.md). */
@QuarkusTest
class EventsResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    PathwayFeedPoller poller;

    @Test
    void theFeedPagesInSequenceOrderWithTheWholeSnapshot() {
        String caseRef = Fixtures.youngPerson(poller, Fixtures.caseRef("EV"), "2010-05-14", "north", false, false, false,
                Fixtures.ELIGIBLE_AT_16);
        KeepingInTouchResourceTest.contact(caseRef,
                "{\"contactOn\": \"2026-02-01\", \"kind\": \"VIDEO\", \"successful\": true, \"atAccommodation\": false}")
                .statusCode(201);
        JsonPath all = given().header("Authorization", Fixtures.service()).queryParam("limit", 500)
                .when().get("/events").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = all.getList("events.findAll { it.caseRef == '" + caseRef + "' }");
        assertEquals(2, mine.size());
        Map<String, Object> contact = mine.get(1);
        assertEquals("contact.recorded", contact.get("type"));
        @SuppressWarnings("unchecked")
        Map<String, Object> leaver = (Map<String, Object>) ((Map<String, Object>) contact.get("data")).get("leaver");
        assertEquals(new TreeSet<>(List.of("caseRef", "team", "allocationDueOn", "adviserId", "allocatedOn",
                "lastSuccessfulContactOn", "lastFaceToFaceContactOn", "contactDueBy", "lostTouchAfter",
                "entitlementsExplainedOn", "entitlementsDueBy")), new TreeSet<>(leaver.keySet()));
        assertEquals(caseRef, leaver.get("caseRef"));
        assertEquals("2027-11-14", leaver.get("allocationDueOn"));
        assertEquals("2026-02-01", leaver.get("lastSuccessfulContactOn"));
        assertEquals(null, leaver.get("lastFaceToFaceContactOn"));
        assertEquals("2027-05-14", leaver.get("entitlementsDueBy"));
        assertTrue(((String) contact.get("occurredAt")).endsWith("Z"), (String) contact.get("occurredAt"));

        int first = ((Number) mine.get(0).get("sequence")).intValue();
        int second = ((Number) mine.get(1).get("sequence")).intValue();
        assertTrue(second > first);
        given().header("Authorization", Fixtures.service()).queryParam("after", first - 1).queryParam("limit", 1)
                .when().get("/events")
                .then().statusCode(200)
                .body("events", hasSize(1))
                .body("events[0].sequence", equalTo(first))
                .body("lastSequence", equalTo(first))
                .body("hasMore", equalTo(true));
        int end = all.getInt("lastSequence");
        given().header("Authorization", Fixtures.service()).queryParam("after", end + 1000)
                .when().get("/events")
                .then().statusCode(200)
                .body("events", hasSize(0)).body("lastSequence", equalTo(end + 1000)).body("hasMore", equalTo(false));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"after, -1", "after, abc", "limit, 0", "limit, 501", "limit, ten"})
    void aBadParameterIsA400NamingIt(String name, String value) {
        given().header("Authorization", Fixtures.service()).queryParam(name, value)
                .when().get("/events")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo(name));
    }

    @Test
    void onlyServicesReadTheFeed() {
        given().header("Authorization", Fixtures.manager())
                .when().get("/events")
                .then().statusCode(403).contentType(PROBLEM);
        given().when().get("/events")
                .then().statusCode(401).contentType(PROBLEM).body("type", endsWith("unauthenticated"));
    }
}
