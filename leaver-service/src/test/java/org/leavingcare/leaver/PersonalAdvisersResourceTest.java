package org.leavingcare.leaver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class PersonalAdvisersResourceTest {

    static final String PROBLEM = "application/problem+json";

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
}
