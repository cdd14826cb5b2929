package org.leavingcare.pathway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.leavingcare.pathway.Fixtures.PROBLEM;
import static org.leavingcare.pathway.Fixtures.cms;

/** No client input becomes a 500: a NUL (which PostgreSQL cannot store) in a body or a query is a 400 naming it. */
@QuarkusTest
class ControlCharactersTest {

    @Test
    void aNulInAJsonStringIs400NamingTheFieldAndWritesNothing() {
        given().header("Authorization", cms()).contentType(ContentType.JSON).body("""
                        {"givenName": "Nulvena", "familyName": "Perrowne", "dateOfBirth": "2010-01-10", "team": "nul-t",
                         "complexNeeds": true, "complexNeedsReason": "needs\\u0000more"}""")
                .when().put("/young-people/NUL-1").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("complexNeedsReason"))
                .body("violations[0].message", equalTo("must not contain a NUL character"));
        given().header("Authorization", cms()).contentType(ContentType.JSON).body("""
                        {"givenName": "Nulvena", "familyName": "Perrowne", "dateOfBirth": "2010-01-10", "team": "nul-t",
                         "disabled": true, "disabilityCodes": ["MOB", "\\u0000"]}""")
                .when().put("/young-people/NUL-1").then().statusCode(400)
                .body("violations[0].field", equalTo("disabilityCodes[1]"));
        given().header("Authorization", cms()).when().get("/young-people/NUL-1").then().statusCode(404);
    }

    @Test
    void aNulInAnyQueryParameterIs400NamingIt() {
        String manager = TestTokens.bearer("manager", "m-nul", "north");
        for (String path : java.util.List.of("/young-people?team=%00", "/pathway-plans?team=%00",
                "/young-people?team=a%00b", "/pathway-plans?reviewStatus=%00", "/audit-events?actor=%00")) {
            given().urlEncodingEnabled(false).header("Authorization", manager).when().get(path).then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", equalTo(path.substring(path.indexOf('?') + 1, path.indexOf('='))));
        }
    }
}
