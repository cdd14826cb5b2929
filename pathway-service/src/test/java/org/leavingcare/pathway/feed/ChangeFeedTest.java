package org.leavingcare.pathway.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.leavingcare.pathway.Fixtures;
import org.leavingcare.pathway.rest.api.YoungPersonInput;
import org.leavingcare.pathway.service.YoungPersonService;
import org.leavingcare.testsupport.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leavingcare.pathway.Fixtures.PROBLEM;
import static org.leavingcare.pathway.Fixtures.inCare;
import static org.leavingcare.pathway.Fixtures.person;
import static org.leavingcare.pathway.Fixtures.post;
import static org.leavingcare.pathway.Fixtures.put;

/** GET /events: the contract in docs/change-feeds.md; the clock is fixed at 2026-03-01. */
@QuarkusTest
public class ChangeFeedTest {

    @Inject
    YoungPersonService youngPeople;

    public static JsonPath events(long after, int limit) {
        return given().header("Authorization", Fixtures.service())
                .when().get("/events?after=" + after + "&limit=" + limit)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    public static long lastSequence() {
        long after = 0;
        while (true) {
            JsonPath page = events(after, 500);
            after = page.getLong("lastSequence");
            if (!page.getBoolean("hasMore")) {
                return after;
            }
        }
    }

    @Test
    void everyChangeWritesAnEventWithTheWholeSnapshotInCommitOrder() {
        long before = lastSequence();
        inCare("CF-1", "2010-01-10", "north", "2023-09-01");
        put("/young-people/CF-1/immigration", """
                {"status": "ASYLUM_CLAIM_PENDING", "firstIdentifiedOn": "2025-01-10"}""").statusCode(200);
        put("/young-people/CF-1/adult-transition", "{\"leadWorker\": \"cwd-3\"}").statusCode(200);
        post("/young-people/CF-1/changes-of-circumstance", "{\"kind\": \"MISSING_EPISODE\", \"occurredOn\": \"2026-02-01\"}")
                .statusCode(201);
        int id = post("/young-people/CF-1/needs-assessments", "{}").statusCode(201).extract().path("id");
        put("/young-people/CF-1/needs-assessments/" + id + "/sections/FINANCES", "{\"summary\": \"ok\"}").statusCode(200);

        JsonPath page = events(before, 100);
        assertEquals(List.of("young-person.upserted", "care-episodes.replaced", "immigration.updated",
                "adult-transition.updated", "change-of-circumstance.recorded", "needs-assessment.started",
                "needs-assessment.section-updated"), page.getList("events.type"));
        List<Long> sequences = page.getList("events.sequence", Long.class);
        for (int i = 1; i < sequences.size(); i++) {
            assertTrue(sequences.get(i) > sequences.get(i - 1));
        }
        assertEquals(sequences.get(sequences.size() - 1), page.getLong("lastSequence"));
        assertFalse(page.getBoolean("hasMore"));
        assertEquals("CF-1", page.getString("events[0].caseRef"));
        assertEquals("2026-03-01T12:00:00Z", page.getString("events[0].occurredAt"));

        Map<String, Object> first = page.getMap("events[0].data.youngPerson");
        assertEquals("NOT_A_CARE_LEAVER", first.get("category"));
        Map<String, Object> snapshot = page.getMap("events[6].data.youngPerson");
        // exactly the contract's fields (jsonb keeps no key order), names never
        assertEquals(new java.util.TreeSet<>(List.of("caseRef", "dateOfBirth", "team", "socialWorker", "reviewingOfficer", "disabled", "disabilityCodes",
                "likelyAdultCareNeeds", "ehcp", "uasc", "complexNeeds", "lookedAfter", "careEndedOn", "category",
                "categorySince", "eligibilityDate", "categoryTimeline", "needsAssessment", "immigration",
                "adultTransition", "pathwayPlan")), new java.util.TreeSet<>(snapshot.keySet()));
        assertEquals("2010-01-10", snapshot.get("dateOfBirth"));
        assertEquals("ELIGIBLE", snapshot.get("category"));
        assertEquals("2026-01-10", snapshot.get("categorySince"));
        assertEquals("2026-01-10", snapshot.get("eligibilityDate"));
        assertEquals(true, snapshot.get("lookedAfter"));
        assertEquals(Map.of("category", "LOOKED_AFTER", "from", "2023-09-01", "until", "2026-01-10"),
                page.getMap("events[6].data.youngPerson.categoryTimeline[0]"));
        assertEquals(Map.of("dueOn", "2026-04-10", "status", "DUE", "startedOn", "2026-03-01",
                        "asylumSectionCompleted", false),
                withoutNulls(page.getMap("events[6].data.youngPerson.needsAssessment")));
        assertTrue(page.getMap("events[6].data.youngPerson.needsAssessment").containsKey("completedOn"));
        assertEquals("ASYLUM_CLAIM_PENDING", page.getString("events[6].data.youngPerson.immigration.status"));
        assertEquals(false, page.getBoolean("events[6].data.youngPerson.immigration.ageDisputed"));
        assertEquals("cwd-3", page.getString("events[6].data.youngPerson.adultTransition.leadWorker"));
        assertTrue(snapshot.containsKey("pathwayPlan"));
        assertEquals(null, snapshot.get("pathwayPlan"));
        assertFalse(page.getString("events").contains("Tessaly"), "no names in the feed");
    }

    static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new java.util.HashMap<>(map);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }

    @Test
    void theFeedPagesInOrderWithACursor() {
        long before = lastSequence();
        put("/young-people/CF-2", person("2010-01-10", "north")).statusCode(201);
        put("/young-people/CF-2", person("2010-01-10", "south")).statusCode(200);
        put("/young-people/CF-2", person("2010-01-10", "east")).statusCode(200);

        JsonPath first = events(before, 2);
        assertEquals(2, first.getList("events").size());
        assertTrue(first.getBoolean("hasMore"));
        assertEquals(List.of("north", "south"), first.getList("events.data.youngPerson.team"));
        JsonPath second = events(first.getLong("lastSequence"), 2);
        assertEquals(List.of("east"), second.getList("events.data.youngPerson.team"));
        assertFalse(second.getBoolean("hasMore"));
        JsonPath empty = events(second.getLong("lastSequence"), 2);
        assertEquals(0, empty.getList("events").size());
        assertEquals(second.getLong("lastSequence"), empty.getLong("lastSequence"));
    }

    @Test
    void aChangeThatRollsBackWritesNoEvent() {
        long before = lastSequence();
        YoungPersonInput input = new YoungPersonInput("Roll", "Back", LocalDate.of(2010, 1, 10), null, null, "north",
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            youngPeople.upsert("CF-3", input.toDetails(), null, "test");
            throw new IllegalStateException("something later in the same transaction fails");
        }));
        assertEquals(before, lastSequence());
        Fixtures.get("/young-people/CF-3").statusCode(404);
    }

    @Test
    void aRefusedChangeWritesNoEvent() {
        put("/young-people/CF-4", person("2010-01-10", "north")).statusCode(201);
        long before = lastSequence();
        put("/young-people/CF-4/care-episodes", "{\"episodes\": [{\"start\": \"2030-01-01\", \"legalStatus\": \"C2\"}]}")
                .statusCode(422);
        put("/young-people/CF-4/immigration", "{\"status\": \"UASC_LEAVE\"}").statusCode(422);
        assertEquals(before, lastSequence());
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        for (String query : List.of("after=-1", "after=x", "limit=0", "limit=501", "limit=ten")) {
            String parameter = query.substring(0, query.indexOf('='));
            given().header("Authorization", Fixtures.service()).when().get("/events?" + query)
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo(parameter));
        }
        given().header("Authorization", Fixtures.service()).when().get("/events")
                .then().statusCode(200).body("$", hasKey("lastSequence")).body("$", not(hasKey("items")));
    }

    @Test
    void onlyTheServiceRoleReadsTheFeed() {
        given().header("Authorization", TestTokens.bearer("manager", "m-1", "north")).when().get("/events")
                .then().statusCode(403).contentType(PROBLEM);
        given().when().get("/events").then().statusCode(401);
    }

    @Test
    void anAfterBeyondTheEndAnswersEmptyWithTheSameCursor() {
        given().header("Authorization", Fixtures.service()).when().get("/events?after=99999999")
                .then().statusCode(200).body("events", org.hamcrest.Matchers.empty()).body("lastSequence", equalTo(99999999))
                .body("hasMore", equalTo(false)).body("events[0]", nullValue());
    }
}
