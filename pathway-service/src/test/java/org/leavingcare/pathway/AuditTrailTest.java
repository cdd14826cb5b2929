package org.leavingcare.pathway;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leavingcare.pathway.Fixtures.PROBLEM;
import static org.leavingcare.pathway.Fixtures.cms;

/**
 * docs/access-and-audit.md, "Audit" and "Correlation id": the row each kind of access writes (read, list, write,
 * refused write, out-of-scope read, 403, change-feed page), the trail's immutability, and {@code GET /audit-events}
 * (filters, pages, scope, itself audited).
 */
@QuarkusTest
class AuditTrailTest {

    static final String HEAD_OF_SERVICE = TestTokens.bearer("manager", "m-au-all", "*");
    private static boolean created;

    @Inject
    EntityManager em;

    @BeforeEach
    void youngPeople() {
        if (created) {
            return;
        }
        for (String caseRef : List.of("AU-1", "AU-2")) {
            given().header("Authorization", cms()).contentType(ContentType.JSON).body("""
                            {"givenName": "Auditha", "familyName": "Perrowne", "dateOfBirth": "2010-01-10", "team": "audit-t"}""")
                    .when().put("/young-people/" + caseRef).then().statusCode(201);
        }
        given().header("Authorization", cms()).contentType(ContentType.JSON).body("""
                        {"givenName": "Auditha", "familyName": "Perrowne", "dateOfBirth": "2010-01-10", "team": "audit-other"}""")
                .when().put("/young-people/AU-OTHER").then().statusCode(201);
        created = true;
    }

    /** The trail of one actor, newest first, as a head of service sees it. */
    static ValidatableResponse trailOf(String actor) {
        return given().header("Authorization", HEAD_OF_SERVICE).when().get("/audit-events?size=200&actor=" + actor)
                .then().statusCode(200);
    }

    @Test
    void aReadIsAuditedWithTheCallersCorrelationIdAndReason() {
        given().header("Authorization", TestTokens.bearer("manager", "m-au-read", "audit-t"))
                .header("X-Correlation-Id", "corr-au-1").header("X-Access-Reason", "Annual review preparation")
                .when().get("/young-people/AU-1").then().statusCode(200).header("X-Correlation-Id", "corr-au-1");
        trailOf("m-au-read").body("total", equalTo(1))
                .body("items[0].operation", equalTo("young-person.read")).body("items[0].caseRef", equalTo("AU-1"))
                .body("items[0].outcome", equalTo("SUCCESS")).body("items[0].status", equalTo(200))
                .body("items[0].correlationId", equalTo("corr-au-1")).body("items[0].actorRoles", equalTo("manager"))
                .body("items[0].method", equalTo("GET")).body("items[0].resource", equalTo("/young-people/AU-1"))
                .body("items[0].reason", equalTo("Annual review preparation")).body("items[0].occurredAt", notNullValue())
                .body("items[0].onBehalfOf", nullValue());
    }

    @Test
    void aMissingOrMalformedCorrelationIdIsReplacedNeverRefused() {
        String made = given().header("Authorization", TestTokens.bearer("manager", "m-au-corr", "audit-t"))
                .header("X-Correlation-Id", "not valid; has spaces")
                .when().get("/young-people/AU-1").then().statusCode(200)
                .header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}")).extract().header("X-Correlation-Id");
        trailOf("m-au-corr").body("items[0].correlationId", equalTo(made));
        given().header("Authorization", TestTokens.bearer("manager", "m-au-corr", "audit-t"))
                .when().get("/young-people/NOWHERE-1").then().statusCode(404).header("X-Correlation-Id", notNullValue());
    }

    @Test
    void aListWritesOneRowPerYoungPersonReturnedOrOneWithNone() {
        String manager = TestTokens.bearer("manager", "m-au-list", "audit-t");
        given().header("Authorization", manager).header("X-Correlation-Id", "corr-au-list")
                .when().get("/young-people?team=audit-t").then().statusCode(200).body("total", equalTo(2));
        trailOf("m-au-list").body("total", equalTo(2))
                .body("items.caseRef", containsInAnyOrder("AU-1", "AU-2"))
                .body("items.operation", everyItem(equalTo("young-people.list")))
                .body("items.correlationId", everyItem(equalTo("corr-au-list")))
                .body("items.resource", everyItem(equalTo("/young-people")));
        given().header("Authorization", manager).when().get("/young-people?team=audit-nobody").then().statusCode(200);
        trailOf("m-au-list").body("total", equalTo(3)).body("items[0].caseRef", nullValue())
                .body("items[0].outcome", equalTo("SUCCESS"));
    }

    @Test
    void aWriteIsAuditedInItsOwnTransactionAndARefusedOneAfterwards() {
        String worker = TestTokens.bearer("social-worker", "sw-au-write", "audit-t");
        given().header("Authorization", worker).contentType(ContentType.JSON)
                .body("{\"episodes\": [{\"start\": \"2024-01-01\", \"legalStatus\": \"C2\"}]}")
                .when().put("/young-people/AU-2/care-episodes").then().statusCode(200);
        given().header("Authorization", worker).contentType(ContentType.JSON)
                .body("{\"episodes\": [{\"start\": \"2030-01-01\", \"legalStatus\": \"C2\"}]}")
                .when().put("/young-people/AU-2/care-episodes").then().statusCode(422);
        // a write that would take the young person out of the writer's scope: refused, nothing written
        given().header("Authorization", worker).contentType(ContentType.JSON).body("""
                        {"givenName": "Auditha", "familyName": "Perrowne", "dateOfBirth": "2010-01-10", "team": "audit-other"}""")
                .when().put("/young-people/AU-2").then().statusCode(422);
        trailOf("sw-au-write").body("total", equalTo(3))
                .body("items.operation", contains("young-person.upsert", "care-episodes.replace", "care-episodes.replace"))
                .body("items.outcome", contains("REJECTED", "REJECTED", "SUCCESS"))
                .body("items.status", contains(422, 422, 200))
                .body("items.caseRef", everyItem(equalTo("AU-2")))
                .body("items.actorRoles", everyItem(equalTo("social-worker")));
        trailOf("cms").body("items.operation", hasItem("young-person.upsert")).body("items.status", hasItem(201));
    }

    @Test
    void anOutOfScopeReadAndAForbiddenRequestAreAuditedToo() {
        String other = TestTokens.bearer("manager", "m-au-out", "audit-other");
        given().header("Authorization", other).when().get("/young-people/AU-1").then().statusCode(404);
        given().header("Authorization", other).when().get("/young-people/AU-1/needs-assessments").then().statusCode(404);
        String iro = TestTokens.bearer("iro", "iro-au-403");
        given().header("Authorization", iro).contentType(ContentType.JSON).body("{\"episodes\": []}")
                .when().put("/young-people/AU-1/care-episodes").then().statusCode(403);
        given().header("Authorization", iro).when().get("/audit-events").then().statusCode(403);
        trailOf("m-au-out").body("items.outcome", contains("NOT_FOUND", "NOT_FOUND"))
                .body("items.operation", contains("needs-assessments.read", "young-person.read"))
                .body("items.caseRef", everyItem(equalTo("AU-1")));
        trailOf("iro-au-403").body("items.outcome", contains("DENIED", "DENIED"))
                .body("items.status", contains(403, 403))
                .body("items.operation", contains("audit-events.read", "care-episodes.replace"))
                .body("items.caseRef", contains(null, "AU-1"));
        // no token: a 401, not audited (there is no actor)
        given().when().get("/young-people/AU-1").then().statusCode(401);
    }

    @Test
    void aLongAccessReasonIs400NamingTheHeader() {
        given().header("Authorization", TestTokens.bearer("manager", "m-au-reason", "audit-t"))
                .header("X-Access-Reason", "x".repeat(201))
                .when().get("/young-people/AU-1").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("X-Access-Reason"));
        trailOf("m-au-reason").body("items[0].outcome", equalTo("REJECTED")).body("items[0].reason", nullValue());
    }

    @Test
    void aFeedPageIsAuditedPerYoungPersonWithTheUserItWasReadFor() {
        long last = given().header("Authorization", Fixtures.service()).when().get("/events?after=0&limit=500")
                .then().statusCode(200).extract().jsonPath().getLong("lastSequence");
        while (true) {
            long next = given().header("Authorization", Fixtures.service()).when().get("/events?limit=500&after=" + last)
                    .then().extract().jsonPath().getLong("lastSequence");
            if (next == last) {
                break;
            }
            last = next;
        }
        String feedReader = TestTokens.bearer("service", "feed-au");
        given().header("Authorization", feedReader).header("X-On-Behalf-Of", "sw-au-77")
                .header("X-Correlation-Id", "corr-au-feed")
                .when().get("/events?limit=500&after=" + last).then().statusCode(200).body("events", hasSize(0));
        trailOf("feed-au").body("total", equalTo(0));
        given().header("Authorization", cms()).contentType(ContentType.JSON)
                .body("{\"episodes\": [{\"start\": \"2024-02-01\", \"legalStatus\": \"C2\"}]}")
                .when().put("/young-people/AU-1/care-episodes").then().statusCode(200);
        given().header("Authorization", cms()).contentType(ContentType.JSON)
                .body("{\"episodes\": [{\"start\": \"2024-03-01\", \"legalStatus\": \"C2\"}]}")
                .when().put("/young-people/AU-1/care-episodes").then().statusCode(200);
        given().header("Authorization", feedReader).header("X-On-Behalf-Of", "sw-au-77")
                .header("X-Correlation-Id", "corr-au-feed")
                .when().get("/events?limit=500&after=" + last).then().statusCode(200).body("events", hasSize(2));
        trailOf("feed-au").body("total", equalTo(1)).body("items[0].caseRef", equalTo("AU-1"))
                .body("items[0].operation", equalTo("events.read")).body("items[0].onBehalfOf", equalTo("sw-au-77"))
                .body("items[0].correlationId", equalTo("corr-au-feed")).body("items[0].actorRoles", equalTo("service"));
        // only a service speaks for someone else
        given().header("Authorization", TestTokens.bearer("manager", "m-au-behalf", "audit-t"))
                .header("X-On-Behalf-Of", "someone-else").when().get("/young-people/AU-1").then().statusCode(200);
        trailOf("m-au-behalf").body("items[0].onBehalfOf", nullValue());
    }

    @Test
    void theTrailCannotBeChangedThroughTheApiOrTheDatabase() {
        given().header("Authorization", HEAD_OF_SERVICE).contentType(ContentType.JSON).body("{}")
                .when().put("/audit-events").then().statusCode(405);
        given().header("Authorization", HEAD_OF_SERVICE).when().delete("/audit-events").then().statusCode(405);
        long before = count();
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE audit_event SET actor = 'someone-else'").executeUpdate()));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM audit_event").executeUpdate()));
        assertEquals(before, count());
    }

    long count() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM audit_event WHERE actor <> 'someone-else'")
                        .getSingleResult()).longValue());
    }

    @Test
    void theTrailIsFilteredPagedAndScopedAndReadingItIsAudited() {
        String reader = TestTokens.bearer("manager", "m-au-pages", "audit-t");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", reader).when().get("/young-people/AU-" + (i % 2 + 1)).then().statusCode(200);
        }
        given().header("Authorization", reader).when().get("/young-people/AU-OTHER").then().statusCode(404);
        given().header("Authorization", reader).when().get("/young-people?team=audit-nobody").then().statusCode(200);
        // a head of service sees all five, including the row about no young person
        trailOf("m-au-pages").body("total", equalTo(5));
        // the manager of audit-t: rows about their young people only
        String manager = TestTokens.bearer("manager", "m-au-team", "audit-t");
        given().header("Authorization", manager).when().get("/audit-events?actor=m-au-pages").then().statusCode(200)
                .body("total", equalTo(3)).body("items.caseRef", contains("AU-1", "AU-2", "AU-1"));
        given().header("Authorization", manager).when().get("/audit-events?actor=m-au-pages&size=1&page=1")
                .then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("items.caseRef", contains("AU-2"));
        given().header("Authorization", manager).when().get("/audit-events?actor=m-au-pages&caseRef=AU-2")
                .then().body("total", equalTo(1));
        given().header("Authorization", manager).when().get("/audit-events?caseRef=AU-OTHER")
                .then().statusCode(200).body("total", equalTo(0));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        given().header("Authorization", manager).when().get("/audit-events?actor=m-au-pages&from=" + today + "&to=" + today)
                .then().body("total", equalTo(3));
        given().header("Authorization", manager).when().get("/audit-events?actor=m-au-pages&from=2000-01-01&to=2000-01-02")
                .then().body("total", equalTo(0));
        Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        given().header("Authorization", manager).when().get("/audit-events?actor=m-au-pages&from=" + hourAgo)
                .then().body("total", equalTo(3));
        given().header("Authorization", manager).when().get("/audit-events?actor=m-au-pages&to=" + hourAgo)
                .then().body("total", equalTo(0));
        for (String bad : List.of("from=yesterday", "to=2026-13-01", "from=2026-03-01T09:00", "size=201", "size=0",
                "page=-1", "caseRef=a%20b")) {
            String field = bad.substring(0, bad.indexOf('='));
            given().header("Authorization", manager).when().get("/audit-events?" + bad).then().statusCode(400)
                    .contentType(PROBLEM).body("violations[0].field", equalTo(field));
        }
        // reading the trail is itself audited, with the young person asked about
        trailOf("m-au-team").body("items.operation", everyItem(equalTo("audit-events.read")))
                .body("items.caseRef", hasItem("AU-2")).body("items.caseRef", hasItem("AU-OTHER"))
                .body("items.outcome", hasItem("REJECTED")).body("items.resource", not(hasItem(matchesPattern(".*\\?.*"))));
    }
}
