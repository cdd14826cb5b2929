package org.leavingcare.notification;

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

    @Inject
    org.leavingcare.notification.service.AlertSweep sweep;

    static String sw() {
        return TestTokens.bearer("social-worker", "sw-1", "north");
    }

    static final String ACK = "/alerts/999999/acknowledgement";

    @Test
    void malformedJsonIsA400Problem() {
        given().header("Authorization", sw()).contentType(ContentType.JSON).body("{\"note\": ")
                .when().post(ACK)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:malformed-request"))
                .body("status", equalTo(400)).body("detail", notNullValue());
    }

    @Test
    void anUnknownEnumValueInAFilterNamesTheParameterAndTheAllowedValues() {
        given().header("Authorization", sw())
                .when().get("/alerts?status=SNOOZED")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("status"))
                .body("violations[0].message", containsString("OPEN, ACKNOWLEDGED, RESOLVED"));
        given().header("Authorization", sw())
                .when().get("/alerts?severity=urgent")
                .then().statusCode(400).body("violations[0].field", equalTo("severity"));
    }

    @Test
    void aWrongDateFormatNamesTheField() {
        given().header("Authorization", sw()).contentType(ContentType.JSON)
                .body("{\"note\": \"Booked\", \"actionBy\": \"09/03/2026\"}")
                .when().post(ACK)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("actionBy"))
                .body("violations[0].message", equalTo("must be a date in the form YYYY-MM-DD"));
        given().header("Authorization", sw())
                .when().get("/alerts?dueBefore=2026-3-1")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("dueBefore"))
                .body("violations[0].message", equalTo("must be a date in the form YYYY-MM-DD"));
    }

    @Test
    void anUnknownFieldIsRefused() {
        given().header("Authorization", sw()).contentType(ContentType.JSON)
                .body("{\"note\": \"Booked\", \"acknowledgedBy\": \"someone-else\"}")
                .when().post(ACK)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("acknowledgedBy"));
    }

    @Test
    void aMissingBodyIsA400Problem() {
        given().header("Authorization", sw()).contentType(ContentType.JSON)
                .when().post(ACK)
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    @Test
    void aBlankNoteNamesTheField() {
        given().header("Authorization", sw()).contentType(ContentType.JSON).body("{\"note\": \" \"}")
                .when().post(ACK)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(containsString("note")));
    }

    @Test
    void anUnsupportedMediaTypeIsA415Problem() {
        given().header("Authorization", sw()).contentType(ContentType.XML).body("<acknowledgement/>")
                .when().post(ACK)
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void withoutATokenTheAnswerIs401Problem() {
        given().when().get("/alerts")
                .then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:unauthenticated"));
        given().contentType(ContentType.JSON).body("{\"note\": \"Booked\"}")
                .when().post(ACK)
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void anExpiredTokenIs401() {
        String expired = TestTokens.token(List.of("manager"), "m-1", List.of("north"), Duration.ofSeconds(-120));
        given().header("Authorization", "Bearer " + expired)
                .when().get("/rules")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void theWrongRoleIs403Problem() {
        given().header("Authorization", TestTokens.bearer("personal-adviser", "pa-1", "north"))
                .when().get("/alerts/summary")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:forbidden"));
        given().header("Authorization", TestTokens.bearer("integration", "cms-1"))
                .contentType(ContentType.JSON).body("{\"note\": \"Booked\"}")
                .when().post(ACK)
                .then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("service", "pathway-service"))
                .when().get("/alerts")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anUnknownAlertIsA404Problem() {
        given().header("Authorization", sw()).when().get("/alerts/999999")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:not-found"));
        given().header("Authorization", sw()).contentType(ContentType.JSON).body("{\"note\": \"Booked\"}")
                .when().post(ACK)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().header("Authorization", sw()).when().delete("/alerts/1")
                .then().statusCode(405).contentType(PROBLEM);
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
                .body("info.title", equalTo("notification-service"))
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
    void sweepsAreTimedInTheMetrics() {
        sweep.sweep(LocalDate.now(clock));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("alerts_sweep_seconds_count"));
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

    // Webhook subscriptions (issue 8): body errors on POST /subscriptions

    static final String SUBSCRIPTION = """
            {"url": "https://cms.example.org/hooks", "eventTypes": ["alert.raised"]}""";

    static String integration() {
        return TestTokens.bearer("integration", "cms-1");
    }

    @Test
    void malformedJsonOnASubscriptionIsA400Problem() {
        given().header("Authorization", integration()).contentType(ContentType.JSON).body("{\"url\": ")
                .when().post("/subscriptions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:malformed-request"))
                .body("title", notNullValue()).body("status", equalTo(400)).body("detail", notNullValue());
    }

    @Test
    void anUnknownEventTypeNamesTheFieldAndTheAllowedValues() {
        given().header("Authorization", integration()).contentType(ContentType.JSON)
                .body(SUBSCRIPTION.replace("alert.raised", "alert.exploded"))
                .when().post("/subscriptions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("eventTypes[0]"))
                .body("violations[0].message", containsString("alert.raised, alert.escalated, alert.resolved"));
    }

    @Test
    void aMissingSubscriptionBodyIsA400Problem() {
        given().header("Authorization", integration()).contentType(ContentType.JSON)
                .when().post("/subscriptions")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    @Test
    void aSubscriptionInAnotherMediaTypeIsA415Problem() {
        given().header("Authorization", integration()).contentType(ContentType.XML).body("<subscription/>")
                .when().post("/subscriptions")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void subscribingWithoutATokenIs401Problem() {
        given().contentType(ContentType.JSON).body(SUBSCRIPTION)
                .when().post("/subscriptions")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:leavingcare:problem:unauthenticated"));
    }

    @Test
    void subscribingWithTheWrongRoleIs403Problem() {
        given().header("Authorization", sw()).contentType(ContentType.JSON).body(SUBSCRIPTION)
                .when().post("/subscriptions")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:forbidden"));
        given().header("Authorization", integration()).when().get("/subscriptions/not-a-number")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aTokenWhoseSubjectCannotBeRecordedIs401() {
        String longSubject = "x".repeat(65);
        given().header("Authorization", TestTokens.bearer("manager", longSubject, "north"))
                .when().get("/alerts")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("manager", "y".repeat(64), "north"))
                .when().get("/alerts")
                .then().statusCode(200);
    }
}
