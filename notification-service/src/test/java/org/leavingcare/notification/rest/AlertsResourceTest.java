package org.leavingcare.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavingcare.notification.client.FeedClient.Feed;
import org.leavingcare.notification.feed.FeedApplier;
import org.leavingcare.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.leavingcare.notification.FakeFeeds.LEAVER;
import static org.leavingcare.notification.FakeFeeds.PATHWAY;
import static org.leavingcare.notification.Snapshots.immigration;
import static org.leavingcare.notification.Snapshots.leaver;
import static org.leavingcare.notification.Snapshots.youngPerson;

/** GET /rules, GET /alerts (filters, pages), GET /alerts/{id}, acknowledgement and the manager's summary. */
@QuarkusTest
class AlertsResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    FeedApplier applier;

    static String sw() {
        return TestTokens.bearer("social-worker", "sw-17", "north");
    }

    static String manager() {
        return TestTokens.bearer("manager", "m-1", "north");
    }

    /** CR-API-D: disabled, eligible, assessment due soon; CR-API-U: unaccompanied, leave expiring. */
    @BeforeEach
    void youngPeopleWithAlerts() {
        if (given().header("Authorization", sw()).when().get("/alerts?caseRef=CR-API-U").then().extract()
                .path("totalItems").equals(0)) {
            PATHWAY.publish("young-person.upserted", "CR-API-D", youngPerson("CR-API-D", true, false, null, null));
            PATHWAY.publish("immigration.updated", "CR-API-U",
                    youngPerson("CR-API-U", false, true, "2026-01-20", immigration("2026-04-15", null, null)));
            LEAVER.publish("allocation.started", "CR-API-U", leaver("CR-API-U", "pa-7"));
            // CR-API-D has leaver-service's allocation date but no adviser (A9)
            LEAVER.publish("allocation-due.changed", "CR-API-D", leaver("CR-API-D", null));
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (applier.cursor(Feed.PATHWAY) < PATHWAY.lastSequence() || applier.cursor(Feed.LEAVER) < LEAVER.lastSequence()) {
                if (System.nanoTime() > deadline) {
                    fail("the consumers did not apply the events");
                }
                sleep();
            }
        }
    }

    static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theRuleCatalogueShowsEachRuleWithItsConfiguredParametersAndSource() {
        given().header("Authorization", TestTokens.bearer("iro", "iro-1"))
                .when().get("/rules")
                .then().statusCode(200)
                .body("id", hasItems("A1", "A3", "A5", "A6", "A9", "A10", "A12", "A13", "ENT-1", "A14", "DIS-NA", "A19",
                        "A20", "S66", "DIS-PA", "UASC-2", "A23", "A22", "A24", "UASC-1"))
                .body("find { it.id == 'A19' }.parameters.find { it.name == 'referral-age-months' }.value", equalTo("192 months"))
                .body("find { it.id == 'A19' }.source.ruleIds", hasItems("A19", "DIS-1", "DIS-3"))
                .body("find { it.id == 'A19' }.source.localPolicy", equalTo(true))
                .body("find { it.id == 'A22' }.severities", hasItems("DUE", "CRITICAL"))
                .body("find { it.id == 'UASC-2' }.parameters.find { it.name == 'within-days' }.value", equalTo("1 days"))
                .body("find { it.id == 'A1' }.source.ruleIds", hasItems("A1", "A2", "NA-1"))
                .body("condition", everyItem(notNullValue()))
                .body("appliesTo", everyItem(notNullValue()));
        given().header("Authorization", sw()).when().get("/rules/A22")
                .then().statusCode(200).body("group", equalTo("UASC"));
        given().header("Authorization", sw()).when().get("/rules/Z9")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void alertsAreFilteredByEachCriterion() {
        given().header("Authorization", sw()).when().get("/alerts?uasc=true&caseRef=CR-API-U")
                .then().statusCode(200)
                .body("items.rule", hasItems("A22", "A23", "UASC-1"))
                .body("items.uasc", everyItem(equalTo(true)))
                .body("items.caseRef", everyItem(equalTo("CR-API-U")));
        given().header("Authorization", sw()).when().get("/alerts?disabled=true&caseRef=CR-API-D")
                .then().statusCode(200).body("items.rule", hasItems("A1", "A19"))
                .body("items.disabled", everyItem(equalTo(true)));
        given().header("Authorization", sw()).when().get("/alerts?rule=A22&caseRef=CR-API-U")
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].severity", equalTo("DUE")).body("items[0].dueOn", equalTo("2026-04-15"))
                .body("items[0].ruleTitle", equalTo("Leave expiring with no further-leave application"))
                .body("items[0].links.self", containsString("/alerts/"));
        given().header("Authorization", sw()).when().get("/alerts?severity=UPCOMING&caseRef=CR-API-D")
                .then().statusCode(200).body("items.rule", hasItem("A1")).body("items.severity", everyItem(equalTo("UPCOMING")));
        given().header("Authorization", sw()).when().get("/alerts?team=south")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().header("Authorization", sw()).when().get("/alerts?dueBefore=2026-01-01&caseRef=CR-API-D")
                .then().statusCode(200).body("items.rule", equalTo(java.util.List.of("A19")));
        given().header("Authorization", sw()).when().get("/alerts?status=OPEN&caseRef=CR-API-D")
                .then().statusCode(200).body("items.status", everyItem(equalTo("OPEN")));
        given().header("Authorization", sw()).when().get("/alerts?rule=NOPE")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("rule"));
        given().header("Authorization", sw()).when().get("/alerts?uasc=yes")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("uasc"));
    }

    @Test
    void alertsArePaginated() {
        Response all = given().header("Authorization", sw()).when().get("/alerts?caseRef=CR-API-U");
        int total = all.path("totalItems");
        given().header("Authorization", sw()).when().get("/alerts?caseRef=CR-API-U&size=1&page=1")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("page", equalTo(1))
                .body("size", equalTo(1)).body("totalPages", equalTo(total))
                .body("items[0].id", equalTo(all.path("items[1].id")));
        given().header("Authorization", sw()).when().get("/alerts?size=0")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().header("Authorization", sw()).when().get("/alerts?size=201")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().header("Authorization", sw()).when().get("/alerts?page=-1")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
        given().header("Authorization", sw()).when().get("/alerts?page=x")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
        given().header("Authorization", sw()).when().get("/alerts?page=2147483647&size=200")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("page"));
        given().header("Authorization", sw()).when().get("/alerts?page=99999999999")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("page"));
    }

    @Test
    void anAlertIsAcknowledgedOnceByTheWorkerInTheToken() {
        int id = given().header("Authorization", sw()).when().get("/alerts?rule=A23&caseRef=CR-API-U")
                .then().extract().path("items[0].id");
        String etag = given().header("Authorization", sw()).when().get("/alerts/" + id)
                .then().statusCode(200).header("ETag", notNullValue())
                .body("status", equalTo("OPEN")).body("acknowledgement", nullValue())
                .extract().header("ETag");

        given().header("Authorization", sw()).header("If-Match", "\"999\"").contentType(ContentType.JSON)
                .body("{\"note\": \"Solicitor referral sent\"}")
                .when().post("/alerts/" + id + "/acknowledgement")
                .then().statusCode(412).contentType(PROBLEM);

        given().header("Authorization", TestTokens.bearer("personal-adviser", "pa-7", "north")).header("If-Match", etag)
                .contentType(ContentType.JSON).body("{\"note\": \"Solicitor referral sent\", \"actionBy\": \"2026-03-05\"}")
                .when().post("/alerts/" + id + "/acknowledgement")
                .then().statusCode(200).header("ETag", not(equalTo(etag)))
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgement.by", equalTo("pa-7"))
                .body("acknowledgement.note", equalTo("Solicitor referral sent"))
                .body("acknowledgement.at", notNullValue());

        given().header("Authorization", sw()).contentType(ContentType.JSON).body("{\"note\": \"Me too\"}")
                .when().post("/alerts/" + id + "/acknowledgement")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("pa-7"));
    }

    @Test
    void aResolvedAlertCannotBeAcknowledged() {
        // CR-API-D has no adviser (A9); allocating one resolves the alert
        LEAVER.publish("allocation.started", "CR-API-D", leaver("CR-API-D", "pa-8"));
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (applier.cursor(Feed.LEAVER) < LEAVER.lastSequence()) {
            if (System.nanoTime() > deadline) {
                fail("the leaver event was not applied");
            }
            sleep();
        }
        int id = given().header("Authorization", sw()).when().get("/alerts?rule=A9&caseRef=CR-API-D")
                .then().statusCode(200)
                .body("items[0].status", equalTo("RESOLVED"))
                .body("items[0].resolution.reason", containsString("a personal adviser was allocated"))
                .body("items[0].resolution.at", notNullValue())
                .extract().path("items[0].id");
        given().header("Authorization", sw()).contentType(ContentType.JSON).body("{\"note\": \"Seen\"}")
                .when().post("/alerts/" + id + "/acknowledgement")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("resolved"));
    }

    @Test
    void valuesPostgresqlCannotStoreAreA400Or422NamingTheFieldNeverA500() {
        for (String date : java.util.List.of("-5000-01-01", "+9999999-01-01", "1899-12-31", "2200-01-01")) {
            given().header("Authorization", sw()).when().get("/alerts?dueBefore=" + date)
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("dueBefore"));
        }
        given().header("Authorization", sw()).when().get("/alerts?dueBefore=2199-12-31&caseRef=CR-API-U")
                .then().statusCode(200).body("items.rule", hasItem("UASC-1"));

        int id = given().header("Authorization", sw()).when().get("/alerts?rule=UASC-1&caseRef=CR-API-U")
                .then().extract().path("items[0].id");
        for (String date : java.util.List.of("-5000-01-01", "+9999999-01-01")) {
            given().header("Authorization", sw()).contentType(ContentType.JSON)
                    .body("{\"note\": \"Asylum section booked\", \"actionBy\": \"" + date + "\"}")
                    .when().post("/alerts/" + id + "/acknowledgement")
                    .then().statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("actionBy"));
        }
        given().header("Authorization", sw()).contentType(ContentType.JSON)
                .body("{\"note\": \"Asylum\\u0000section\"}")
                .when().post("/alerts/" + id + "/acknowledgement")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("note"));
        for (String filter : java.util.List.of("caseRef", "team")) {
            given().header("Authorization", sw()).queryParam(filter, "CR\u0000X").when().get("/alerts")
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo(filter));
        }
        // nothing half-written: the alert is still open and unacknowledged
        given().header("Authorization", sw()).when().get("/alerts/" + id)
                .then().statusCode(200).body("status", equalTo("OPEN")).body("acknowledgement", nullValue());
    }

    @Test
    void managersSeeCountsByRuleSeverityAndTeam() {
        Response summary = given().header("Authorization", manager()).when().get("/alerts/summary");
        summary.then().statusCode(200)
                .body("asOf", equalTo("2026-03-01"))
                .body("byRule.A22", greaterThanOrEqualTo(1))
                .body("bySeverity.DUE", greaterThanOrEqualTo(1))
                .body("byTeam.north", greaterThanOrEqualTo(1));
        int unresolved = summary.path("unresolved");
        int listed = given().header("Authorization", manager()).when().get("/alerts?status=OPEN").path("totalItems");
        int acknowledged = given().header("Authorization", manager()).when().get("/alerts?status=ACKNOWLEDGED").path("totalItems");
        assertEquals(listed + acknowledged, unresolved);
    }
}
