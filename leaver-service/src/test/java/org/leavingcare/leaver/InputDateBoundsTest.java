package org.leavingcare.leaver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.leavingcare.leaver.feed.PathwayFeedPoller;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Dates a client sends are bounded on every write: never in the future, before 1900-01-01 or before the
 * young person's birth (422 naming the field); the due list's {@code before} outside 1900-01-01..9999-12-31
 * is a 400 naming it. The clock is fixed at 2026-03-01.
 */
@QuarkusTest
class InputDateBoundsTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    PathwayFeedPoller poller;

    String youngPerson(String team) {
        return Fixtures.youngPerson(poller, Fixtures.caseRef("F"), "2010-05-14", team, false, false, false,
                Fixtures.ELIGIBLE_AT_16);
    }

    static io.restassured.response.ValidatableResponse view(String caseRef) {
        return given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef).then().statusCode(200);
    }

    static io.restassured.response.ValidatableResponse post(String caseRef, String path, String body) {
        return given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON).body(body)
                .when().post("/young-people/" + caseRef + path).then();
    }

    @Test
    void extremeDatesAreRefusedNamingTheField() {
        String caseRef = youngPerson("north");
        String pa = AllocationResourceTest.adviser("north", 50, true);
        for (String day : List.of("-5000-01-01", "1899-12-31", "2010-05-13")) {
            AllocationResourceTest.allocate(caseRef, "{\"adviserId\": \"" + pa + "\", \"startedOn\": \"" + day + "\"}")
                    .statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("startedOn"));
            post(caseRef, "/contacts", "{\"contactOn\": \"" + day + "\", \"kind\": \"PHONE\", \"successful\": true, "
                    + "\"atAccommodation\": false}")
                    .statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("contactOn"));
            post(caseRef, "/entitlements-explained", "{\"explainedOn\": \"" + day + "\", \"method\": \"APP\", "
                    + "\"acknowledged\": true}")
                    .statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("explainedOn"));
            given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON)
                    .body("{\"inCustody\": false, \"parent\": false, \"councilAccommodationFrom\": \"" + day + "\"}")
                    .when().put("/young-people/" + caseRef + "/circumstances")
                    .then().statusCode(422).contentType(PROBLEM)
                    .body("violations[0].field", equalTo("councilAccommodationFrom"));
        }
        AllocationResourceTest.allocate(caseRef, "{\"adviserId\": \"" + pa + "\", \"startedOn\": \"2026-01-01\"}")
                .statusCode(201);
        post(caseRef, "/personal-adviser/end", "{\"endedOn\": \"-5000-01-01\", \"reason\": \"moved away\"}")
                .statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("endedOn"));
        for (String before : List.of("+9999999-01-01", "10000-01-01", "1899-12-31", "-5000-01-01")) {
            given().header("Authorization", Fixtures.manager()).queryParam("before", before)
                    .when().get("/allocations/due")
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("before"));
        }
        view(caseRef).body("allocatedOn", equalTo("2026-01-01"));
    }
}
