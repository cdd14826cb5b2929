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
    static final String VALID = """
            {"givenName": "Test", "familyName": "Person", "dateOfBirth": "2010-05-14", "gender": "FEMALE", "team": "north"}""";

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    static String sw() {
        return TestTokens.bearer("social-worker", "sw-1", "north");
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
}
