package org.leavingcare.leaver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.leavingcare.leaver.feed.PathwayFeedPoller;
import org.leavingcare.testsupport.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail (docs/access-and-audit.md): a row for every kind of access, immutable, readable by managers. */
@QuarkusTest
class AuditTrailTest {

    static final String PROBLEM = "application/problem+json";
    static final String CONTACT = """
            {"contactOn": "2026-02-01", "kind": "PHONE", "successful": true, "atAccommodation": false}""";

    @Inject
    PathwayFeedPoller poller;

    @Inject
    DataSource dataSource;

    String youngPerson(String team) {
        return Fixtures.youngPerson(poller, Fixtures.caseRef("AU"), "2009-10-01", team, false, false, true,
                AccessScopeTest.OVERDUE);
    }

    static String correlationId() {
        return Fixtures.caseRef("corr");
    }

    /** The audit rows of one correlation id, in order, once {@code expected} of them are there (reads are written after the response). */
    List<Map<String, Object>> rows(String correlationId, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 5000;
        while (true) {
            List<Map<String, Object>> rows = query(correlationId);
            if (rows.size() >= expected || System.currentTimeMillis() > deadline) {
                return rows;
            }
            Thread.sleep(25);
        }
    }

    List<Map<String, Object>> query(String correlationId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT case_ref, operation, outcome, status, actor, actor_roles, on_behalf_of, method, resource, reason
                     FROM audit_event WHERE correlation_id = ? ORDER BY id""")) {
            s.setString(1, correlationId);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= 10; i++) {
                        row.put(r.getMetaData().getColumnName(i), r.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** {@link #onlyRow(String)} for another test class, with its data source. */
    Map<String, Object> onlyRow(String correlationId, DataSource from) throws Exception {
        dataSource = from;
        return onlyRow(correlationId);
    }

    /** The one row of a request, after checking no second one follows. */
    Map<String, Object> onlyRow(String correlationId) throws Exception {
        List<Map<String, Object>> rows = rows(correlationId, 1);
        Thread.sleep(100);
        rows = query(correlationId);
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }

    @Test
    void aReadIsAuditedWithWhoWhatWhenWhyAndTheCorrelationIdOfTheResponse() throws Exception {
        String caseRef = youngPerson("north");
        String id = correlationId();
        given().header("Authorization", Fixtures.manager()).header("X-Correlation-Id", id)
                .header("X-Access-Reason", "duty call about accommodation")
                .when().get("/young-people/" + caseRef)
                .then().statusCode(200).header("X-Correlation-Id", id);
        Map<String, Object> row = onlyRow(id);
        assertEquals(caseRef, row.get("case_ref"));
        assertEquals("young-person.read", row.get("operation"));
        assertEquals("SUCCESS", row.get("outcome"));
        assertEquals(200, row.get("status"));
        assertEquals("m-1", row.get("actor"));
        assertEquals("manager", row.get("actor_roles"));
        assertEquals(null, row.get("on_behalf_of"));
        assertEquals("GET", row.get("method"));
        assertEquals("/young-people/" + caseRef, row.get("resource"));
        assertEquals("duty call about accommodation", row.get("reason"));
    }

    @Test
    void everyKindOfAccessWritesItsRow() throws Exception {
        String team = Fixtures.caseRef("aud");
        String first = youngPerson(team);
        String second = youngPerson(team);
        String manager = Fixtures.managerOf(team);
        // a list: one row per young person returned
        String list = correlationId();
        given().header("Authorization", manager).header("X-Correlation-Id", list).queryParam("team", team)
                .when().get("/allocations/due").then().statusCode(200).body("total", equalTo(2));
        List<Map<String, Object>> listed = rows(list, 2);
        assertEquals(List.of(first, second).stream().sorted().toList(), listed.stream().map(r -> (String) r.get("case_ref")).toList());
        assertTrue(listed.stream().allMatch(r -> "allocations-due.list".equals(r.get("operation"))));
        // an empty list: one row about no one
        String empty = correlationId();
        given().header("Authorization", manager).header("X-Correlation-Id", empty).queryParam("team", "nobody-here")
                .when().get("/allocations/due").then().statusCode(200).body("items", empty());
        assertEquals(null, onlyRow(empty).get("case_ref"));
        // a write: recorded in its own transaction, once
        String write = correlationId();
        given().header("Authorization", manager).header("X-Correlation-Id", write).contentType(ContentType.JSON).body(CONTACT)
                .when().post("/young-people/" + first + "/contacts").then().statusCode(201);
        Map<String, Object> written = onlyRow(write);
        assertEquals(List.of("contact.record", "SUCCESS", 201, first, "POST"), List.of(written.get("operation"),
                written.get("outcome"), written.get("status"), written.get("case_ref"), written.get("method")));
        // a refused write: the change rolled back, the refusal recorded
        String refused = correlationId();
        given().header("Authorization", manager).header("X-Correlation-Id", refused).contentType(ContentType.JSON)
                .body(CONTACT.replace("2026-02-01", "2026-03-02"))
                .when().post("/young-people/" + first + "/contacts").then().statusCode(422);
        Map<String, Object> rejected = onlyRow(refused);
        assertEquals(List.of("contact.record", "REJECTED", 422, first), List.of(rejected.get("operation"),
                rejected.get("outcome"), rejected.get("status"), rejected.get("case_ref")));
        // an out-of-scope read: NOT_FOUND, about the young person asked for
        String outside = correlationId();
        given().header("Authorization", Fixtures.manager()).header("X-Correlation-Id", outside)
                .when().get("/young-people/" + first + "/contacts").then().statusCode(404);
        Map<String, Object> notFound = onlyRow(outside);
        assertEquals(List.of("contacts.read", "NOT_FOUND", 404, first, "m-1"), List.of(notFound.get("operation"),
                notFound.get("outcome"), notFound.get("status"), notFound.get("case_ref"), notFound.get("actor")));
        // a role that may never do it: DENIED
        String denied = correlationId();
        given().header("Authorization", TestTokens.bearer("iro", "iro-9", team)).header("X-Correlation-Id", denied)
                .contentType(ContentType.JSON).body(CONTACT)
                .when().post("/young-people/" + first + "/contacts").then().statusCode(403);
        Map<String, Object> forbidden = onlyRow(denied);
        assertEquals(List.of("contact.record", "DENIED", 403, first, "iro-9", "iro"), List.of(forbidden.get("operation"),
                forbidden.get("outcome"), forbidden.get("status"), forbidden.get("case_ref"), forbidden.get("actor"),
                forbidden.get("actor_roles")));
        // no token: no actor, no row
        String anonymous = correlationId();
        given().header("X-Correlation-Id", anonymous).when().get("/young-people/" + first).then().statusCode(401);
        Thread.sleep(200);
        assertEquals(List.of(), query(anonymous));
    }

    @Test
    void theFeedIsAuditedPerYoungPersonInAPageAndAnEmptyPageWritesNothing() throws Exception {
        String caseRef = youngPerson("north");
        long last = given().header("Authorization", Fixtures.service()).queryParam("limit", 500)
                .when().get("/events").then().statusCode(200).extract().jsonPath().getLong("lastSequence");
        KeepingInTouchResourceTest.contact(caseRef, CONTACT).statusCode(201);
        KeepingInTouchResourceTest.contact(caseRef, CONTACT).statusCode(201);
        String page = correlationId();
        given().header("Authorization", Fixtures.service()).header("X-Correlation-Id", page)
                .header("X-On-Behalf-Of", "sweep").queryParam("after", last)
                .when().get("/events").then().statusCode(200).body("events.caseRef", everyItem(equalTo(caseRef)));
        Map<String, Object> row = onlyRow(page);
        assertEquals(List.of("events.read", caseRef, "notification-service", "service", "sweep"), List.of(
                row.get("operation"), row.get("case_ref"), row.get("actor"), row.get("actor_roles"), row.get("on_behalf_of")));
        String emptyPage = correlationId();
        given().header("Authorization", Fixtures.service()).header("X-Correlation-Id", emptyPage)
                .queryParam("after", last + 1_000_000)
                .when().get("/events").then().statusCode(200).body("events", empty());
        Thread.sleep(200);
        assertEquals(List.of(), query(emptyPage));
    }

    @Test
    void aMalformedCorrelationIdIsReplacedAndATooLongReasonRefused() throws Exception {
        String caseRef = youngPerson("north");
        String made = given().header("Authorization", Fixtures.manager()).header("X-Correlation-Id", "has spaces/and slashes")
                .when().get("/young-people/" + caseRef)
                .then().statusCode(200).header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Correlation-Id");
        assertEquals(caseRef, onlyRow(made).get("case_ref"));
        // every response carries one, also errors and requests without a token
        given().when().get("/young-people/" + caseRef).then().statusCode(401)
                .header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("Authorization", Fixtures.manager()).header("X-Access-Reason", "r".repeat(201))
                .when().get("/young-people/" + caseRef)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("X-Access-Reason"));
        given().header("Authorization", Fixtures.manager()).header("X-Access-Reason", "r".repeat(200))
                .when().get("/young-people/" + caseRef).then().statusCode(200);
    }

    @Test
    void auditRowsCannotBeChangedOrDeleted() throws Exception {
        String caseRef = youngPerson("north");
        String id = correlationId();
        given().header("Authorization", Fixtures.manager()).header("X-Correlation-Id", id)
                .when().get("/young-people/" + caseRef).then().statusCode(200);
        onlyRow(id);
        try (Connection c = dataSource.getConnection()) {
            SQLException update = assertThrows(SQLException.class, () -> c.createStatement()
                    .executeUpdate("UPDATE audit_event SET actor = 'someone-else' WHERE correlation_id = '" + id + "'"));
            assertTrue(update.getMessage().contains("cannot be changed or deleted"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> c.createStatement()
                    .executeUpdate("DELETE FROM audit_event WHERE correlation_id = '" + id + "'"));
            assertTrue(delete.getMessage().contains("cannot be changed or deleted"), delete.getMessage());
        }
        assertEquals("m-1", onlyRow(id).get("actor"));
        // and the API has no way to: the trail is read only
        String head = TestTokens.bearer("manager", "head", "*");
        given().header("Authorization", head).when().delete("/audit-events").then().statusCode(405);
        given().header("Authorization", head).contentType(ContentType.JSON).body("{}")
                .when().put("/audit-events").then().statusCode(405);
    }

    @Test
    void managersReadTheTrailOfTheirScopeFilteredAndPagedAndTheReadingIsAudited() throws Exception {
        String team = Fixtures.caseRef("trail");
        String caseRef = youngPerson(team);
        String other = youngPerson("elsewhere-" + team);
        String head = TestTokens.bearer("manager", "head", "*");
        String manager = TestTokens.bearer("manager", "m-trail", team);
        String cms = TestTokens.bearer("integration", "cms-" + team);
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", cms).when().get("/young-people/" + caseRef).then().statusCode(200);
        }
        given().header("Authorization", cms).when().get("/young-people/" + other).then().statusCode(200);
        String emptyList = correlationId();
        given().header("Authorization", cms).header("X-Correlation-Id", emptyList).queryParam("team", "no-such-team")
                .when().get("/allocations/due").then().statusCode(200);
        rows(emptyList, 1);
        String actor = "cms-" + team;
        long deadline = System.currentTimeMillis() + 5000;
        while (given().header("Authorization", head).queryParam("actor", actor).when().get("/audit-events")
                .then().extract().jsonPath().getInt("total") < 5 && System.currentTimeMillis() < deadline) {
            Thread.sleep(25);
        }
        // the whole service: every row of the actor, newest first, in pages
        given().header("Authorization", head).queryParam("actor", actor).when().get("/audit-events")
                .then().statusCode(200).body("total", equalTo(5)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items[0].operation", equalTo("allocations-due.list")).body("items[0].caseRef", equalTo(null))
                .body("items[1].caseRef", equalTo(other));
        var first = given().header("Authorization", head).queryParam("actor", actor).queryParam("size", 2)
                .when().get("/audit-events").then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(2))
                .extract().jsonPath().getList("items.id");
        var second = given().header("Authorization", head).queryParam("actor", actor).queryParam("size", 2)
                .queryParam("page", 1).when().get("/audit-events").then().statusCode(200).body("total", equalTo(5))
                .extract().jsonPath().getList("items.id");
        assertEquals(2, second.size());
        assertTrue(java.util.Collections.disjoint(first, second));
        // a team manager: rows about their team's young people only; none about no one or about another team
        given().header("Authorization", manager).queryParam("actor", actor).when().get("/audit-events")
                .then().statusCode(200).body("total", equalTo(3)).body("items.caseRef", everyItem(equalTo(caseRef)));
        given().header("Authorization", manager).queryParam("caseRef", other).when().get("/audit-events")
                .then().statusCode(200).body("total", equalTo(0)).body("items", empty());
        given().header("Authorization", manager).queryParam("correlationId", emptyList).when().get("/audit-events")
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", head).queryParam("correlationId", emptyList).when().get("/audit-events")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo(200))
                .body("items[0].outcome", equalTo("SUCCESS")).body("items[0].actorRoles", equalTo("integration"));
        // time filters: instants, or whole Europe/London days
        given().header("Authorization", head).queryParam("actor", actor).queryParam("from", "2199-12-31")
                .when().get("/audit-events").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", head).queryParam("actor", actor).queryParam("to", "2000-01-01T00:00:00Z")
                .when().get("/audit-events").then().statusCode(200).body("total", equalTo(0));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        given().header("Authorization", head).queryParam("actor", actor).queryParam("from", today).queryParam("to", today)
                .when().get("/audit-events").then().statusCode(200).body("total", equalTo(5));
        // bad parameters name themselves
        for (String[] bad : new String[][] {{"from", "yesterday"}, {"to", "2026-13-01"}, {"size", "201"}, {"size", "0"},
                {"page", "-1"}, {"caseRef", "c".repeat(65)}, {"actor", "a\u0000b"}, {"correlationId", "x\ty"},
                {"from", "2200-01-01"}, {"to", "1899-12-31T23:59:59Z"}, {"to", "9999-12-31"}}) {
            given().header("Authorization", head).queryParam(bad[0], bad[1]).when().get("/audit-events")
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", org.hamcrest.Matchers.endsWith(bad[0]));
        }
        // managers only
        given().header("Authorization", Fixtures.adviser()).when().get("/audit-events").then().statusCode(403);
        // reading the trail is audited, about the young person asked for
        String reading = correlationId();
        given().header("Authorization", manager).header("X-Correlation-Id", reading).queryParam("caseRef", caseRef)
                .when().get("/audit-events").then().statusCode(200);
        Map<String, Object> row = onlyRow(reading);
        assertEquals(List.of("audit-events.read", caseRef, "m-trail"), List.of(row.get("operation"), row.get("case_ref"),
                row.get("actor")));
        assertNotEquals(null, row.get("resource"));
    }
}
