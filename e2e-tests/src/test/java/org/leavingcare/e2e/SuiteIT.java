package org.leavingcare.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite end to end: three packaged services on one PostgreSQL, driven through their public APIs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

    /** Synthetic names used in this run; none may ever appear in a service's log. */
    static final List<String> SYNTHETIC_NAMES = new ArrayList<>();

    static Suite suite;
    static WebhookReceiver receiver;

    @BeforeAll
    static void startTheSuite() throws Exception {
        receiver = new WebhookReceiver();
        suite = Suite.start(LocalDate.of(2026, 3, 1), Map.of());
    }

    @AfterAll
    static void stopTheSuite() throws Exception {
        if (suite != null) {
            suite.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    @Order(1)
    void everyServiceIsUpDocumentedAndAuthenticated() {
        for (String service : Suite.SERVICES) {
            String url = suite.url(service);
            given().when().get(url + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().accept(ContentType.JSON).when().get(url + "/q/openapi")
                    .then().statusCode(200).body("info.title", equalTo(service + "-service"));
            given().when().get(url + "/events").then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    @Order(2)
    void aYoungPersonPutIntoPathwayCanBeReadBackWithAToken() {
        SYNTHETIC_NAMES.add("Zephyrine");
        given().header("Authorization", suite.bearer("integration", "cms-1"))
                .contentType(ContentType.JSON)
                .body("""
                        {"givenName": "Zephyrine", "familyName": "Testcase", "dateOfBirth": "2010-06-01", "team": "north"}""")
                .when().put(suite.url("pathway") + "/young-people/E2E-1")
                .then().statusCode(201);
        given().header("Authorization", suite.bearer("manager", "m-1", "north"))
                .when().get(suite.url("pathway") + "/young-people/E2E-1")
                .then().statusCode(200).body("caseRef", equalTo("E2E-1"));
    }

    @Test
    @Order(1000)
    void noServiceEverLogsANameOrADateOfBirth() throws Exception {
        for (String service : Suite.SERVICES) {
            Path log = suite.logs().resolve(service + ".log");
            String text = Files.readString(log);
            assertTrue(text.contains("started in"), service + " log was captured");
            for (String name : SYNTHETIC_NAMES) {
                assertTrue(!text.contains(name), service + " logged a young person's name");
            }
            assertEquals(-1, text.indexOf("2010-06-01"), service + " logged a date of birth");
        }
    }
}
