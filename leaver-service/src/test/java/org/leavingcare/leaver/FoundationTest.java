package org.leavingcare.leaver;

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

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    static String sw() {
        return TestTokens.bearer("social-worker", "sw-1", "north");
    }

    @Inject
    org.leavingcare.leaver.feed.PathwayFeedPoller poller;

    static final String CONTACT = """
            {"contactOn": "2026-02-01", "kind": "FACE_TO_FACE", "successful": true, "atAccommodation": false}""";

    String knownYoungPerson() {
        return Fixtures.youngPerson(poller, Fixtures.caseRef("F"), "2010-05-14", "north", false, false, false,
                Fixtures.ELIGIBLE_AT_16);
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().header("Authorization", Fixtures.adviser()).contentType(ContentType.JSON).body("{\"contactOn\": ")
                .when().post("/young-people/" + knownYoungPerson() + "/contacts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:malformed-request"))
                .body("title", notNullValue()).body("status", equalTo(400)).body("detail", notNullValue());
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        given().header("Authorization", Fixtures.adviser()).contentType(ContentType.JSON)
                .body(CONTACT.replace("FACE_TO_FACE", "CARRIER_PIGEON"))
                .when().post("/young-people/" + knownYoungPerson() + "/contacts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", containsString("FACE_TO_FACE, PHONE, VIDEO, MESSAGE"));
    }

    @Test
    void aWrongDateFormatNamesTheField() {
        given().header("Authorization", Fixtures.adviser()).contentType(ContentType.JSON)
                .body(CONTACT.replace("2026-02-01", "01/02/2026"))
                .when().post("/young-people/" + knownYoungPerson() + "/contacts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("contactOn"))
                .body("violations[0].message", equalTo("must be a date in the form YYYY-MM-DD"));
    }

    @Test
    void anUnknownFieldIsRefused() {
        given().header("Authorization", Fixtures.adviser()).contentType(ContentType.JSON)
                .body(CONTACT.replace("\"kind\"", "\"kynd\""))
                .when().post("/young-people/" + knownYoungPerson() + "/contacts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("kynd"));
    }

    @Test
    void aMissingBodyIsA400Problem() {
        given().header("Authorization", Fixtures.adviser()).contentType(ContentType.JSON)
                .when().post("/young-people/" + knownYoungPerson() + "/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    @Test
    void anUnsupportedMediaTypeIsA415Problem() {
        given().header("Authorization", Fixtures.adviser()).contentType(ContentType.XML).body("<contact/>")
                .when().post("/young-people/F-1/contacts")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void anInvalidCaseReferenceNamesThePathParameter() {
        given().header("Authorization", Fixtures.adviser()).contentType(ContentType.JSON).body(CONTACT)
                .when().post("/young-people/bad ref!/contacts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("caseRef"));
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().header("Authorization", Fixtures.adviser())
                .when().delete("/young-people/F-1/contacts")
                .then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void withoutATokenTheAnswerIs401Problem() {
        given().contentType(ContentType.JSON).body(CONTACT)
                .when().post("/young-people/F-1/contacts")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:leavingcare:problem:unauthenticated"));
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
        given().header("Authorization", TestTokens.bearer("iro", "iro-1")).contentType(ContentType.JSON).body(CONTACT)
                .when().post("/young-people/F-1/contacts")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:forbidden"));
    }

    @Test
    void anUnknownPathIsA404Problem() {
        given().header("Authorization", sw())
                .when().get("/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
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
                .body("info.title", equalTo("leaver-service"))
                .body("info.version", equalTo("1.0.0"))
                .body("info.description", containsString("leaving care"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
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
                .when().get("/personal-advisers")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("manager", "y".repeat(64), "north"))
                .when().get("/personal-advisers")
                .then().statusCode(200);
    }
}
