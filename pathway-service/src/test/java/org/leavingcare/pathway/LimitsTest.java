package org.leavingcare.pathway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.leavingcare.pathway.Fixtures.PROBLEM;
import static org.leavingcare.pathway.Fixtures.sw;

/** docs/access-and-audit.md, "Limits": bounded request bodies and page sizes. */
@QuarkusTest
class LimitsTest {

    @Test
    void aBodyOverTheLimitIs413ProblemJson() {
        String big = "{\"givenName\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        given().header("Authorization", sw()).contentType(ContentType.JSON).body(big)
                .when().put("/young-people/LIM-1").then().statusCode(413).contentType(PROBLEM)
                .body("status", equalTo(413));
    }

    @Test
    void pageSizesAreBounded() {
        given().header("Authorization", sw()).when().get("/young-people?size=201").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        given().header("Authorization", Fixtures.service()).when().get("/events?limit=501").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }
}
