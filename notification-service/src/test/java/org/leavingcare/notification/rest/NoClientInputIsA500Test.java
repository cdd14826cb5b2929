package org.leavingcare.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * No client input becomes a 500 (docs/access-and-audit.md): a NUL character (PostgreSQL cannot store or
 * compare it) in any JSON string or query parameter is a 400 naming the field or parameter; a blank page
 * or size is the default.
 */
@QuarkusTest
class NoClientInputIsA500Test {

    static final String PROBLEM = "application/problem+json";

    @Test
    void aNulCharacterInAJsonStringIsA400NamingTheField() {
        given().header("Authorization", TestTokens.bearer("social-worker", "sw-nul", "north"))
                .contentType(ContentType.JSON).body("{\"note\": \"Visit\\u0000booked\"}")
                .when().post("/alerts/1/acknowledgement")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("note"))
                .body("violations[0].message", equalTo("must not contain the NUL character"));
        String cms = TestTokens.bearer("integration", "cms-nul");
        given().header("Authorization", cms).contentType(ContentType.JSON)
                .body("{\"url\": \"http://127.0.0.1:9/hooks\", \"eventTypes\": [\"alert.raised\"], \"description\": \"\\u0000\"}")
                .when().post("/subscriptions")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("description"));
        given().header("Authorization", cms).contentType(ContentType.JSON)
                .body("{\"url\": \"http://127.0.0.1:9/hooks\", \"eventTypes\": [\"alert.raised\"], \"filters\": {\"team\": \"n\\u0000\"}}")
                .when().post("/subscriptions")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("filters.team"))
                // refused while the JSON is read (Bean Validation's pattern would say something else)
                .body("violations[0].message", equalTo("must not contain the NUL character"));
    }

    @Test
    void aNulCharacterInAQueryParameterIsA400NamingTheParameter() {
        String manager = TestTokens.bearer("manager", "m-nul", "north");
        for (String query : List.of("/alerts?team=%00", "/alerts?caseRef=CR%001", "/alerts?rule=%00",
                "/alerts?page=%00", "/notifications?after=%00", "/audit-events?actor=%00")) {
            String field = query.substring(query.indexOf('?') + 1, query.indexOf('='));
            given().header("Authorization", manager).urlEncodingEnabled(false).when().get(query)
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo(field));
        }
        given().header("Authorization", TestTokens.bearer("integration", "cms-nul")).urlEncodingEnabled(false)
                .when().get("/subscriptions/1/deliveries?after=%00")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("after"));
    }

    @Test
    void aBlankPageOrSizeIsTheDefault() {
        given().header("Authorization", TestTokens.bearer("manager", "m-blank", "north"))
                .urlEncodingEnabled(false).when().get("/alerts?page=&size=%20")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(50));
    }
}
