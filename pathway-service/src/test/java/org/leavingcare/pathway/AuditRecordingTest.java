package org.leavingcare.pathway;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leavingcare.pathway.Fixtures.PROBLEM;
import static org.leavingcare.pathway.Fixtures.cms;

/**
 * docs/access-and-audit.md, "Audit": fail closed when the row cannot be written (a real database failure: a trigger
 * refuses the rows of some correlation ids), the status an upsert records, the access-reason and on-behalf-of
 * headers, and the correlation-id filter of {@code GET /audit-events}.
 */
@QuarkusTest
class AuditRecordingTest {

    static final String HEAD_OF_SERVICE = TestTokens.bearer("manager", "m-ar-all", "*");
    static final String MANAGER = TestTokens.bearer("manager", "m-ar", "ar-team");

    @Inject
    EntityManager em;

    @BeforeEach
    void setUp() {
        given().header("Authorization", cms()).contentType(ContentType.JSON).body("""
                        {"givenName": "Rekordina", "familyName": "Perrowne", "dateOfBirth": "2010-01-10", "team": "ar-team"}""")
                .when().put("/young-people/AR-1").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    CREATE OR REPLACE FUNCTION audit_event_test_failure() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        RAISE EXCEPTION 'test: audit insert refused';
                    END;
                    $$""").executeUpdate();
            em.createNativeQuery("DROP TRIGGER IF EXISTS audit_event_test_failure ON audit_event").executeUpdate();
            em.createNativeQuery("""
                    CREATE TRIGGER audit_event_test_failure BEFORE INSERT ON audit_event FOR EACH ROW
                    WHEN (NEW.correlation_id LIKE 'audit-fails%') EXECUTE FUNCTION audit_event_test_failure()""")
                    .executeUpdate();
        });
    }

    @AfterEach
    void tearDown() {
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DROP TRIGGER IF EXISTS audit_event_test_failure ON audit_event").executeUpdate());
    }

    @Test
    void aSuccessfulReadWhoseRowCannotBeWrittenShowsNothing() throws IOException {
        given().header("Authorization", MANAGER).header("X-Correlation-Id", "audit-fails-read")
                .when().get("/young-people/AR-1").then().statusCode(503).contentType(PROBLEM)
                .header("X-Correlation-Id", "audit-fails-read").header("ETag", nullValue())
                .body("title", equalTo("Service Unavailable")).body("status", equalTo(503))
                .body("detail", equalTo("The access could not be recorded, so nothing is shown; try again."))
                .body(not(containsString("Rekordina")));
        given().header("Authorization", MANAGER).header("X-Correlation-Id", "audit-fails-list")
                .when().get("/young-people?team=ar-team").then().statusCode(503).contentType(PROBLEM)
                .body(not(containsString("AR-1")));
        List<String> lines = logLines("audit-fails-read");
        assertTrue(lines.stream().anyMatch(l -> l.contains("Audit row not recorded (org.") && l.contains("WARN")),
                String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.matches("^\\S+ \\S+ ERROR .*") || l.contains("Rekordina")),
                String.join("\n", lines));
    }

    @Test
    void aRefusedRequestWhoseRowCannotBeWrittenKeepsItsAnswer() {
        given().header("Authorization", MANAGER).header("X-Correlation-Id", "audit-fails-404")
                .when().get("/young-people/AR-NOWHERE").then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("iro", "iro-ar")).header("X-Correlation-Id", "audit-fails-403")
                .when().get("/audit-events").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aWriteWhoseRowCannotBeWrittenChangesNothing() {
        String before = given().header("Authorization", MANAGER).when().get("/young-people/AR-1").then().statusCode(200)
                .extract().header("ETag");
        given().header("Authorization", MANAGER).header("X-Correlation-Id", "audit-fails-write")
                .contentType(ContentType.JSON).body("{\"episodes\": [{\"start\": \"2024-01-01\", \"legalStatus\": \"C2\"}]}")
                .when().put("/young-people/AR-1/care-episodes").then().statusCode(503).contentType(PROBLEM);
        given().header("Authorization", MANAGER).when().get("/young-people/AR-1").then().statusCode(200)
                .header("ETag", equalTo(before)).body("careEpisodes", org.hamcrest.Matchers.anyOf(nullValue(),
                        org.hamcrest.Matchers.empty()));
    }

    @Test
    void manyLongRolesAreRecordedWhole() {
        List<String> roles = new java.util.ArrayList<>(List.of("manager"));
        for (int i = 0; i < 30; i++) {
            roles.add("group-" + i + "-" + "0123456789abcdef0123456789abcdef");
        }
        String token = "Bearer " + TestTokens.token(roles, "m-ar-roles", List.of("ar-team"), java.time.Duration.ofMinutes(5));
        given().header("Authorization", token).when().get("/young-people/AR-1").then().statusCode(200);
        String recorded = given().header("Authorization", HEAD_OF_SERVICE).when().get("/audit-events?actor=m-ar-roles")
                .then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].actorRoles");
        assertTrue(recorded.length() > 1000 && recorded.contains("manager") && recorded.contains("group-29-"), recorded);
    }

    @Test
    void anUpsertRecordsTheStatusItAnswered() {
        String worker = TestTokens.bearer("social-worker", "sw-ar-upsert", "ar-team");
        String body = """
                {"givenName": "Rekordina", "familyName": "Perrowne", "dateOfBirth": "2010-01-10", "team": "ar-team"}""";
        given().header("Authorization", worker).contentType(ContentType.JSON).body(body)
                .when().put("/young-people/AR-NEW").then().statusCode(201);
        given().header("Authorization", worker).contentType(ContentType.JSON).body(body)
                .when().put("/young-people/AR-NEW").then().statusCode(200);
        given().header("Authorization", HEAD_OF_SERVICE).when().get("/audit-events?actor=sw-ar-upsert").then()
                .body("items.status", org.hamcrest.Matchers.contains(200, 201))
                .body("items.outcome", org.hamcrest.Matchers.contains("SUCCESS", "SUCCESS"));
    }

    @Test
    void aBlankAccessReasonIsAbsentAndAControlCharacterIs400() {
        String reader = TestTokens.bearer("manager", "m-ar-reason", "ar-team");
        given().header("Authorization", reader).header("X-Access-Reason", " ".repeat(250))
                .when().get("/young-people/AR-1").then().statusCode(200);
        given().header("Authorization", HEAD_OF_SERVICE).when().get("/audit-events?actor=m-ar-reason").then()
                .body("total", equalTo(1)).body("items[0].reason", nullValue());
        given().header("Authorization", reader).header("X-Access-Reason", "review\tnotes")
                .when().get("/young-people/AR-1").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("X-Access-Reason"));
    }

    @Test
    void onBehalfOfIsCheckedFromAServiceAndIgnoredFromAnyoneElse() {
        given().header("Authorization", TestTokens.bearer("service", "svc-ar")).header("X-On-Behalf-Of", "has spaces")
                .when().get("/young-people/AR-1").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("X-On-Behalf-Of"));
        given().header("Authorization", TestTokens.bearer("service", "svc-ar")).header("X-On-Behalf-Of", "x".repeat(65))
                .when().get("/young-people/AR-1").then().statusCode(400)
                .body("violations[0].field", equalTo("X-On-Behalf-Of"));
        given().header("Authorization", TestTokens.bearer("service", "svc-ar")).header("X-On-Behalf-Of", "sw.ar@north:1")
                .when().get("/young-people/AR-1").then().statusCode(200);
        given().header("Authorization", MANAGER).header("X-On-Behalf-Of", "has spaces")
                .when().get("/young-people/AR-1").then().statusCode(200);
        given().header("Authorization", HEAD_OF_SERVICE).when().get("/audit-events?actor=svc-ar").then()
                .body("items[0].onBehalfOf", equalTo("sw.ar@north:1"));
    }

    @Test
    void theTrailIsFilteredByCorrelationIdAndRefusesControlCharactersAndLongValues() {
        given().header("Authorization", MANAGER).header("X-Correlation-Id", "corr-ar-filter")
                .when().get("/young-people/AR-1").then().statusCode(200);
        given().header("Authorization", HEAD_OF_SERVICE).when().get("/audit-events?correlationId=corr-ar-filter&actor=")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].correlationId", equalTo("corr-ar-filter"))
                .body("items[0].caseRef", equalTo("AR-1"));
        for (String parameter : List.of("caseRef", "actor", "correlationId")) {
            given().urlEncodingEnabled(false).header("Authorization", HEAD_OF_SERVICE)
                    .when().get("/audit-events?" + parameter + "=a%00b")
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo(parameter));
            given().urlEncodingEnabled(false).header("Authorization", HEAD_OF_SERVICE)
                    .when().get("/audit-events?" + parameter + "=%00")
                    .then().statusCode(400).body("violations[0].field", equalTo(parameter));
            given().header("Authorization", HEAD_OF_SERVICE).when().get("/audit-events?" + parameter + "=" + "a".repeat(65))
                    .then().statusCode(400).body("violations[0].field", equalTo(parameter));
        }
    }

    /** The lines of this build's test log that carry {@code correlationId}. */
    static List<String> logLines(String correlationId) throws IOException {
        Path log = Path.of("target/test-logs/pathway-service.log");
        assertTrue(Files.exists(log));
        return Files.readAllLines(log).stream().filter(l -> l.contains("[" + correlationId + "]")).toList();
    }
}
