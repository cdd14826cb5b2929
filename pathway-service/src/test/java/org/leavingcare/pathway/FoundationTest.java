package org.leavingcare.pathway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service's foundation: errors, authentication, health, documentation, database and clock. */
@QuarkusTest
class FoundationTest {

    static final String PROBLEM = "application/problem+json";
    static final String VALID = """
            {"givenName": "Tessaly", "familyName": "Perrowne", "dateOfBirth": "2010-05-14", "gender": "FEMALE", "team": "north"}""";

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    static String sw() {
        return TestTokens.bearer("social-worker", "sw-1", "north");
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().header("Authorization", sw()).contentType(ContentType.JSON).body("{\"givenName\": ")
                .when().put("/young-people/F-1")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:malformed-request"))
                .body("title", notNullValue()).body("status", equalTo(400)).body("detail", notNullValue());
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        given().header("Authorization", sw()).contentType(ContentType.JSON)
                .body(VALID.replace("\"FEMALE\"", "\"PURPLE\""))
                .when().put("/young-people/F-2")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("gender"))
                .body("violations[0].message", containsString("MALE, FEMALE"));
    }

    @Test
    void aWrongDateFormatNamesTheField() {
        given().header("Authorization", sw()).contentType(ContentType.JSON)
                .body(VALID.replace("2010-05-14", "14/05/2010"))
                .when().put("/young-people/F-3")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("dateOfBirth"))
                .body("violations[0].message", equalTo("must be a date in the form YYYY-MM-DD"));
    }

    @Test
    void anUnknownFieldIsRefused() {
        given().header("Authorization", sw()).contentType(ContentType.JSON)
                .body(VALID.replace("\"team\"", "\"teem\""))
                .when().put("/young-people/F-4")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("teem"));
    }

    @Test
    void aMissingBodyIsA400Problem() {
        given().header("Authorization", sw()).contentType(ContentType.JSON)
                .when().put("/young-people/F-5")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    @Test
    void missingFieldsAreListedOneByOne() {
        given().header("Authorization", sw()).contentType(ContentType.JSON).body("{}")
                .when().put("/young-people/F-6")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("givenName"))
                .body("violations.field", hasItem("familyName"))
                .body("violations.field", hasItem("dateOfBirth"));
    }

    @Test
    void anInvalidCaseReferenceNamesThePathParameter() {
        given().header("Authorization", sw()).contentType(ContentType.JSON).body(VALID)
                .when().put("/young-people/bad ref!")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("caseRef"));
    }

    @Test
    void anUnknownPathIsA404Problem() {
        given().header("Authorization", sw())
                .when().get("/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void anUnknownRecordIsA404Problem() {
        given().header("Authorization", sw())
                .when().get("/young-people/NOBODY")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:not-found"));
    }

    @Test
    void anUnsupportedMediaTypeIsA415Problem() {
        given().header("Authorization", sw()).contentType(ContentType.XML).body("<young-person/>")
                .when().put("/young-people/F-7")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().header("Authorization", sw())
                .when().delete("/young-people/F-8")
                .then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void withoutATokenTheAnswerIs401Problem() {
        given().when().get("/young-people/F-1")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:leavingcare:problem:unauthenticated"));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = org.leavingcare.tools.Jwts.token(generator.generateKeyPair().getPrivate(), TestTokens.ISSUER,
                "intruder", List.of("manager"), List.of(), Duration.ofMinutes(5));
        given().header("Authorization", "Bearer " + forged)
                .when().get("/young-people/F-1")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void anExpiredTokenIs401() {
        String expired = TestTokens.token(List.of("manager"), "m-1", List.of(), Duration.ofMinutes(-10));
        given().header("Authorization", "Bearer " + expired)
                .when().get("/young-people/F-1")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void theWrongRoleIs403Problem() {
        given().header("Authorization", TestTokens.bearer("iro", "iro-1")).contentType(ContentType.JSON).body(VALID)
                .when().put("/young-people/F-9")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:forbidden"));
    }

    @Test
    void healthIsPublicAndReadinessIncludesTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().when().get("/q/health").then().statusCode(200);
    }

    @Test
    void openApiDescribesTheServiceWithoutAToken() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("pathway-service"))
                .body("info.version", equalTo("1.0.0"))
                .body("info.description", containsString("care-leaver"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummary() {
        java.util.Map<String, Object> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> missing = new java.util.ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : ((java.util.Map<String, Object>) path.getValue()).entrySet()) {
                if (!(operation.getValue() instanceof java.util.Map<?, ?> details) || operation.getKey().equals("parameters")) {
                    continue;
                }
                operations++;
                if (details.get("summary") == null) {
                    missing.add(operation.getKey() + " " + path.getKey());
                }
            }
        }
        assertTrue(operations >= 25, "operations documented: " + operations);
        assertEquals(List.of(), missing);
    }

    @Test
    void metricsArePublished() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void theDatabaseIsARealPostgresqlMigratedByFlyway() throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT version(), (SELECT count(*) FROM flyway_schema_history WHERE success)")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).startsWith("PostgreSQL"), rs.getString(1));
            assertTrue(rs.getInt(2) >= 1, "at least one migration applied");
        }
    }

    @Test
    void theClockIsFixedByConfigurationInTests() {
        assertEquals(LocalDate.of(2026, 3, 1), LocalDate.now(clock));
    }

    @Test
    void aTokenWhoseSubjectCannotBeRecordedIs401() {
        String longSubject = "x".repeat(65);
        given().header("Authorization", TestTokens.bearer("manager", longSubject, "north"))
                .when().get("/young-people")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("manager", "y".repeat(64), "north"))
                .when().get("/young-people")
                .then().statusCode(200);
    }
}
