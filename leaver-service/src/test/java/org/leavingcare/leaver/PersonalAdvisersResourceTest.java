package org.leavingcare.leaver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.leavingcare.leaver.feed.PathwayFeedPoller;
import org.leavingcare.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PersonalAdvisersResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    PathwayFeedPoller poller;

    /** Born 2010-05-14, eligible from 16, in {@code team}. */
    String youngPerson(String team) {
        return Fixtures.youngPerson(poller, Fixtures.caseRef("PA"), "2010-05-14", team, false, false, false,
                Fixtures.ELIGIBLE_AT_16);
    }

    /** A POST to one of the young person's paths, as a manager of north. */
    static io.restassured.response.ValidatableResponse post(String caseRef, String path, String body) {
        return given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON).body(body)
                .when().post("/young-people/" + caseRef + path).then();
    }

    static String adviser(String team, int capacity, boolean active) {
        return """
                {"name": "Sam Adviser", "team": "%s", "capacity": %d, "languages": ["en", "ar"],
                 "specialisms": ["disability"], "active": %s}""".formatted(team, capacity, active);
    }

    /** Creates or replaces an adviser as the integration would. */
    static void put(String id, String team, int capacity, boolean active, String languages, String specialisms) {
        given().header("Authorization", TestTokens.bearer("integration", "hr-sync")).contentType(ContentType.JSON)
                .body("""
                        {"name": "Adviser %s", "team": "%s", "capacity": %d, "languages": [%s],
                         "specialisms": [%s], "active": %s}""".formatted(id, team, capacity, languages, specialisms, active))
                .when().put("/personal-advisers/" + id)
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    @Test
    void anAdviserIsCreatedThenUpdatedWithOptimisticConcurrency() {
        String id = Fixtures.caseRef("pa");
        given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON).body(adviser("north", 20, true))
                .when().put("/personal-advisers/" + id)
                .then().statusCode(201)
                .header("Location", endsWith("/personal-advisers/" + id))
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id)).body("capacity", equalTo(20))
                .body("languages", hasItem("ar")).body("specialisms", hasItem("disability")).body("active", equalTo(true));
        given().header("Authorization", Fixtures.manager()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(adviser("south", 25, true))
                .when().put("/personal-advisers/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("team", equalTo("south"));
        given().header("Authorization", Fixtures.manager()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(adviser("east", 25, true))
                .when().put("/personal-advisers/" + id)
                .then().statusCode(412).contentType(PROBLEM);
        given().header("Authorization", Fixtures.adviser())
                .when().get("/personal-advisers/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("team", equalTo("south"));
    }

    @Test
    void theListFiltersByTeamAndActiveFlag() {
        String team = Fixtures.caseRef("team");
        String on = Fixtures.caseRef("pa-on");
        String off = Fixtures.caseRef("pa-off");
        put(on, team, 10, true, "", "");
        put(off, team, 10, false, "", "");
        given().header("Authorization", Fixtures.manager()).queryParam("team", team)
                .when().get("/personal-advisers")
                .then().statusCode(200).body("id", hasItem(on)).body("id", hasItem(off));
        given().header("Authorization", Fixtures.manager()).queryParam("team", team).queryParam("active", true)
                .when().get("/personal-advisers")
                .then().statusCode(200).body("id", hasItem(on)).body("id", not(hasItem(off)));
        given().header("Authorization", Fixtures.manager()).queryParam("team", team).queryParam("limit", 1)
                .queryParam("offset", 1)
                .when().get("/personal-advisers")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.contains(on.compareTo(off) < 0 ? off : on));
        given().header("Authorization", Fixtures.manager()).queryParam("limit", 0)
                .when().get("/personal-advisers")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("limit"));
    }

    @Test
    void anUnknownAdviserIsA404() {
        given().header("Authorization", Fixtures.manager())
                .when().get("/personal-advisers/nobody")
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", Fixtures.manager())
                .when().get("/personal-advisers/nobody/caseload")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void invalidAdvisersAreRefusedFieldByField() {
        given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON)
                .body("""
                        {"name": "", "team": "north", "capacity": -1, "languages": ["English"], "specialisms": ["UASC!"]}""")
                .when().put("/personal-advisers/pa-bad")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("capacity"))
                .body("violations.field", hasItem("active"))
                .body("violations.field", hasItem("languages[0]"))
                .body("violations.field", hasItem("specialisms[0]"));
    }

    @Test
    void onlyManagersAndTheIntegrationMaintainAdvisers() {
        given().header("Authorization", Fixtures.adviser()).contentType(ContentType.JSON).body(adviser("north", 20, true))
                .when().put("/personal-advisers/pa-self")
                .then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("integration", "hr"))
                .when().get("/personal-advisers/pa-self/caseload")
                .then().statusCode(403).contentType(PROBLEM);
        given().when().get("/personal-advisers")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void anAdviserWithOpenAllocationsIsNotDeactivated() {
        String pa = AllocationResourceTest.adviser("north", 50, true);
        String caseRef = youngPerson("north");
        AllocationResourceTest.allocate(caseRef, "{\"adviserId\": \"" + pa + "\"}").statusCode(201);
        given().header("Authorization", TestTokens.bearer("integration", "hr-sync")).contentType(ContentType.JSON)
                .body("{\"name\": \"Adviser\", \"team\": \"north\", \"capacity\": 50, \"active\": false}")
                .when().put("/personal-advisers/" + pa)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("1 open allocation")).body("detail", containsString("transfer"));
        post(caseRef, "/personal-adviser/end", "{\"reason\": \"moved away\"}").statusCode(200);
        PersonalAdvisersResourceTest.put(pa, "north", 50, false, "", "");
        given().header("Authorization", Fixtures.manager()).when().get("/personal-advisers/" + pa)
                .then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void twoFirstTimePutsOfOneAdviserAtOnceNeverGiveA500() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                String id = Fixtures.caseRef("pa-race");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return given().header("Authorization", TestTokens.bearer("integration", "hr-sync"))
                                .contentType(ContentType.JSON)
                                .body("{\"name\": \"Adviser\", \"team\": \"north\", \"capacity\": 10, \"active\": true}")
                                .when().put("/personal-advisers/" + id).then().extract().statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(60, TimeUnit.SECONDS));
                }
                assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one creates it: " + statuses);
                assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 200 || s == 409), "no 500: " + statuses);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
