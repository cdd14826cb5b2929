package org.leavingcare.notification.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavingcare.notification.client.FeedClient.Feed;
import org.leavingcare.notification.feed.FeedApplier;
import org.leavingcare.testsupport.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.leavingcare.notification.FakeFeeds.LEAVER;
import static org.leavingcare.notification.FakeFeeds.PATHWAY;
import static org.leavingcare.notification.Snapshots.leaver;
import static org.leavingcare.notification.Snapshots.youngPerson;

/**
 * The audit trail (docs/access-and-audit.md): the row each kind of access writes, the correlation id,
 * immutability, and GET /audit-events. CR-AU-1 is in team east (social worker sw-e1, adviser pa-e1).
 */
@QuarkusTest
class AuditTrailTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    FeedApplier applier;

    @Inject
    DataSource dataSource;

    static String sw() {
        return TestTokens.bearer("social-worker", "sw-e1", "east");
    }

    static String eastManager() {
        return TestTokens.bearer("manager", "m-e", "east");
    }

    @BeforeEach
    void aYoungPersonInTeamEast() throws InterruptedException {
        if (given().header("Authorization", TestTokens.bearer("integration", "cms-1")).when().get("/alerts?caseRef=CR-AU-1")
                .then().extract().path("totalItems").equals(0)) {
            PATHWAY.publish("young-person.upserted", "CR-AU-1", youngPerson("CR-AU-1", "east", "sw-e1", "iro-e1"));
            LEAVER.publish("allocation.started", "CR-AU-1", leaver("CR-AU-1", "pa-e1"));
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (applier.cursor(Feed.PATHWAY) < PATHWAY.lastSequence() || applier.cursor(Feed.LEAVER) < LEAVER.lastSequence()) {
                if (System.nanoTime() > deadline) {
                    fail("the consumers did not apply the events");
                }
                Thread.sleep(50);
            }
        }
    }

    /** The audit rows of one correlation id, in id order: column name to value. */
    List<Map<String, Object>> rows(String correlationId) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_event WHERE correlation_id = ? ORDER BY id")) {
            ps.setString(1, correlationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String column : List.of("actor", "actor_roles", "on_behalf_of", "operation", "method", "resource",
                            "case_ref", "outcome", "status", "reason", "occurred_at")) {
                        row.put(column, rs.getObject(column));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    Map<String, Object> only(String correlationId) throws SQLException {
        List<Map<String, Object>> rows = rows(correlationId);
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }

    static String id() {
        return "t-" + UUID.randomUUID();
    }

    int alertId() {
        return given().header("Authorization", sw()).when().get("/alerts?caseRef=CR-AU-1&rule=A1")
                .then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    void aReadIsRecordedWithWhoWhatWhyAndTheCorrelationIdEchoed() throws SQLException {
        int alert = alertId();
        String corr = id();
        given().header("Authorization", sw()).header("X-Correlation-Id", corr).header("X-Access-Reason", "visit preparation")
                .when().get("/alerts/" + alert)
                .then().statusCode(200).header("X-Correlation-Id", corr);
        Map<String, Object> row = only(corr);
        assertEquals("sw-e1", row.get("actor"));
        assertEquals("social-worker", row.get("actor_roles"));
        assertEquals("alert.read", row.get("operation"));
        assertEquals("GET", row.get("method"));
        assertEquals("/alerts/" + alert, row.get("resource"));
        assertEquals("CR-AU-1", row.get("case_ref"));
        assertEquals("SUCCESS", row.get("outcome"));
        assertEquals(200, row.get("status"));
        assertEquals("visit preparation", row.get("reason"));
        assertEquals(null, row.get("on_behalf_of"));
    }

    @Test
    void aListRecordsOneRowPerYoungPersonReturnedOrOneWithoutACaseReference() throws SQLException {
        String corr = id();
        int total = given().header("Authorization", sw()).header("X-Correlation-Id", corr)
                .when().get("/alerts?caseRef=CR-AU-1&status=OPEN").then().statusCode(200).extract().path("totalItems");
        assertTrue(total >= 1);
        Map<String, Object> row = only(corr);
        assertEquals("alerts.list", row.get("operation"));
        assertEquals("CR-AU-1", row.get("case_ref"));
        assertEquals("/alerts", row.get("resource"));

        String empty = id();
        given().header("Authorization", sw()).header("X-Correlation-Id", empty)
                .when().get("/alerts?caseRef=CR-NOBODY").then().statusCode(200);
        assertEquals(null, only(empty).get("case_ref"));

        // several young people: one row each
        String many = id();
        List<String> refs = given().header("Authorization", TestTokens.bearer("integration", "cms-1"))
                .header("X-Correlation-Id", many).when().get("/alerts?size=200").then().statusCode(200)
                .extract().path("items.caseRef");
        List<Map<String, Object>> rows = rows(many);
        assertEquals(new HashSet<>(refs).size(), rows.size());
        assertEquals(new HashSet<>(refs), new HashSet<>(rows.stream().map(r -> r.get("case_ref")).toList()));
    }

    @Test
    void aSummaryRecordsOneRowWithoutACaseReference() throws SQLException {
        String corr = id();
        given().header("Authorization", eastManager()).header("X-Correlation-Id", corr)
                .when().get("/alerts/summary").then().statusCode(200);
        Map<String, Object> row = only(corr);
        assertEquals("alerts.summary", row.get("operation"));
        assertEquals(null, row.get("case_ref"));
        assertEquals("m-e", row.get("actor"));
    }

    @Test
    void writesRefusedWritesOutOfScopeReadsAndForbiddenCallsAreEachRecorded() throws SQLException {
        // an alert of CR-AU-1 that no one has acknowledged yet
        List<Integer> open = given().header("Authorization", sw()).when().get("/alerts?caseRef=CR-AU-1&status=OPEN")
                .then().extract().path("items.id");
        int alert = open.get(open.size() - 1);

        String write = id();
        given().header("Authorization", TestTokens.bearer("personal-adviser", "pa-e1")).header("X-Correlation-Id", write)
                .contentType(ContentType.JSON).body("{\"note\": \"Visit booked\"}")
                .when().post("/alerts/" + alert + "/acknowledgement").then().statusCode(200);
        Map<String, Object> row = only(write);
        assertEquals("alert.acknowledge", row.get("operation"));
        assertEquals("POST", row.get("method"));
        assertEquals("/alerts/" + alert + "/acknowledgement", row.get("resource"));
        assertEquals("pa-e1", row.get("actor"));
        assertEquals("CR-AU-1", row.get("case_ref"));
        assertEquals("SUCCESS", row.get("outcome"));

        String refused = id();
        given().header("Authorization", sw()).header("X-Correlation-Id", refused)
                .contentType(ContentType.JSON).body("{\"note\": \"Again\"}")
                .when().post("/alerts/" + alert + "/acknowledgement").then().statusCode(409);
        row = only(refused);
        assertEquals("REJECTED", row.get("outcome"));
        assertEquals(409, row.get("status"));
        assertEquals("CR-AU-1", row.get("case_ref"));

        String invalid = id();
        given().header("Authorization", sw()).header("X-Correlation-Id", invalid)
                .contentType(ContentType.JSON).body("{\"note\": \" \"}")
                .when().post("/alerts/" + alert + "/acknowledgement").then().statusCode(400);
        assertEquals("REJECTED", only(invalid).get("outcome"));

        String outOfScope = id();
        given().header("Authorization", TestTokens.bearer("social-worker", "sw-w1", "west")).header("X-Correlation-Id", outOfScope)
                .when().get("/alerts/" + alert).then().statusCode(404);
        row = only(outOfScope);
        assertEquals("NOT_FOUND", row.get("outcome"));
        assertEquals("sw-w1", row.get("actor"));
        assertEquals("CR-AU-1", row.get("case_ref"));

        String outOfScopeWrite = id();
        given().header("Authorization", TestTokens.bearer("iro", "iro-w1")).header("X-Correlation-Id", outOfScopeWrite)
                .contentType(ContentType.JSON).body("{\"note\": \"Seen\"}")
                .when().post("/alerts/" + alert + "/acknowledgement").then().statusCode(404);
        assertEquals("NOT_FOUND", only(outOfScopeWrite).get("outcome"));

        String missing = id();
        given().header("Authorization", sw()).header("X-Correlation-Id", missing)
                .when().get("/alerts/987654321").then().statusCode(404);
        row = only(missing);
        assertEquals("NOT_FOUND", row.get("outcome"));
        assertEquals(null, row.get("case_ref"));

        String forbidden = id();
        given().header("Authorization", TestTokens.bearer("iro", "iro-e1")).header("X-Correlation-Id", forbidden)
                .when().get("/alerts/summary").then().statusCode(403);
        row = only(forbidden);
        assertEquals("DENIED", row.get("outcome"));
        assertEquals(403, row.get("status"));
        assertEquals("alerts.summary", row.get("operation"));
        assertEquals("iro-e1", row.get("actor"));

        String unauthenticated = id();
        given().header("X-Correlation-Id", unauthenticated).when().get("/alerts").then().statusCode(401)
                .header("X-Correlation-Id", unauthenticated);
        assertEquals(0, rows(unauthenticated).size());
    }

    @Test
    void aNotificationsPageRecordsEachYoungPersonAndAnEmptyPageNothing() throws SQLException {
        String corr = id();
        List<String> refs = given().header("Authorization", TestTokens.bearer("integration", "cms-1"))
                .header("X-Correlation-Id", corr).when().get("/notifications?limit=500")
                .then().statusCode(200).extract().path("events.caseRef");
        List<Map<String, Object>> rows = rows(corr);
        HashSet<String> people = new HashSet<>(refs);
        people.remove(null);
        assertEquals(people, new HashSet<>(rows.stream().map(r -> r.get("case_ref")).toList()));
        assertEquals(people.size(), rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("operation").equals("notifications.read")));

        String empty = id();
        given().header("Authorization", TestTokens.bearer("integration", "cms-1")).header("X-Correlation-Id", empty)
                .when().get("/notifications?after=999999999").then().statusCode(200);
        assertEquals(0, rows(empty).size());
    }

    @Test
    void aCorrelationIdThatIsMissingOrMalformedIsReplacedNotRefused() {
        String made = given().header("Authorization", sw()).when().get("/rules").then().statusCode(200)
                .extract().header("X-Correlation-Id");
        assertNotNull(made);
        String replaced = given().header("Authorization", sw()).header("X-Correlation-Id", "not valid!")
                .when().get("/alerts?caseRef=CR-AU-1").then().statusCode(200).extract().header("X-Correlation-Id");
        assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);
        given().header("Authorization", sw()).header("X-Correlation-Id", "x".repeat(65))
                .when().get("/alerts?caseRef=CR-AU-1").then().statusCode(200)
                .header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theCorrelationIdIsInTheLogLinesOfItsRequest() throws Exception {
        String corr = id();
        String cms = TestTokens.bearer("integration", "cms-log");
        int sub = given().header("Authorization", cms).header("X-Correlation-Id", corr).contentType(ContentType.JSON)
                .body("{\"url\": \"http://127.0.0.1:9/hooks\", \"eventTypes\": [\"subscription.disabled\"]}")
                .when().post("/subscriptions").then().statusCode(201).extract().path("id");
        given().header("Authorization", cms).when().delete("/subscriptions/" + sub).then().statusCode(204);
        String log = java.nio.file.Files.readString(java.nio.file.Path.of("target/test-logs/notification-service.log"));
        assertTrue(log.contains("[" + corr + "] Webhook subscription " + sub + " created by cms-log"),
                "no log line with the correlation id");
    }

    @Test
    void aReasonLongerThan200CharactersIsA400NamingTheHeader() {
        given().header("Authorization", sw()).header("X-Access-Reason", "r".repeat(201))
                .when().get("/alerts?caseRef=CR-AU-1")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("X-Access-Reason"));
    }

    @Test
    void theFeedConsumerSendsACorrelationIdPerBatch() {
        String sent = PATHWAY.lastCorrelationId();
        assertNotNull(sent);
        assertTrue(sent.matches("[0-9a-f-]{36}"), sent);
    }

    @Test
    void theTrailCannotBeChangedOrDeleted() throws SQLException {
        String corr = id();
        given().header("Authorization", sw()).header("X-Correlation-Id", corr).when().get("/alerts?caseRef=CR-AU-1")
                .then().statusCode(200);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_event SET actor = 'someone-else' WHERE correlation_id = '" + corr + "'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> s.executeUpdate("DELETE FROM audit_event WHERE correlation_id = '" + corr + "'"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        assertEquals("sw-e1", only(corr).get("actor"));
        // and the API has no way to: the trail is read-only
        given().header("Authorization", eastManager()).when().delete("/audit-events").then().statusCode(405);
        given().header("Authorization", eastManager()).contentType(ContentType.JSON).body("{}")
                .when().put("/audit-events").then().statusCode(405);
        given().header("Authorization", eastManager()).contentType(ContentType.JSON).body("{}")
                .when().post("/audit-events").then().statusCode(405);
    }

    @Test
    void managersReadTheTrailOfTheirScopeNewestFirstFilteredAndPaged() throws SQLException {
        // some rows about CR-AU-1 by two actors
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", sw()).when().get("/alerts?caseRef=CR-AU-1").then().statusCode(200);
        }
        given().header("Authorization", TestTokens.bearer("personal-adviser", "pa-e1")).when().get("/alerts?caseRef=CR-AU-1")
                .then().statusCode(200);

        Response all = given().header("Authorization", eastManager()).when().get("/audit-events?caseRef=CR-AU-1&size=200");
        all.then().statusCode(200).body("items.caseRef", everyItem(equalTo("CR-AU-1")))
                .body("page", equalTo(0)).body("size", equalTo(200));
        List<Integer> ids = all.path("items.id");
        int total = all.path("total");
        assertTrue(total >= 4 && total == ids.size(), "total " + total);
        List<Integer> sorted = new ArrayList<>(ids);
        sorted.sort((a, b) -> b - a);
        assertEquals(sorted, ids);

        // pages (the read above has added its own row about CR-AU-1 at the top)
        given().header("Authorization", eastManager()).when().get("/audit-events?caseRef=CR-AU-1&size=2&page=1")
                .then().statusCode(200).body("items.id", equalTo(ids.subList(1, 3))).body("total", equalTo(total + 1));

        // actor, from, to
        List<String> actors = given().header("Authorization", eastManager())
                .when().get("/audit-events?caseRef=CR-AU-1&actor=pa-e1&size=200").then().statusCode(200)
                .extract().path("items.actor");
        assertTrue(!actors.isEmpty() && actors.stream().allMatch("pa-e1"::equals), actors.toString());
        String from = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        String to = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        int inWindow = given().header("Authorization", eastManager())
                .when().get("/audit-events?caseRef=CR-AU-1&from=" + from + "&to=" + to).then().statusCode(200)
                .extract().path("total");
        assertTrue(inWindow >= total, inWindow + " < " + total);
        given().header("Authorization", eastManager()).when().get("/audit-events?caseRef=CR-AU-1&to=2026-01-01")
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", eastManager()).when().get("/audit-events?caseRef=CR-AU-1&from=2199-12-31")
                .then().statusCode(200).body("total", equalTo(0));

        // bad parameters name themselves
        for (String query : List.of("from=yesterday", "to=2026-13-01", "size=201", "size=0", "page=-1", "page=x")) {
            String field = query.substring(0, query.indexOf('='));
            given().header("Authorization", eastManager()).when().get("/audit-events?" + query)
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo(field));
        }

        // scope: another team's manager sees nothing about CR-AU-1 and no rows without a young person
        given().header("Authorization", TestTokens.bearer("manager", "m-w", "west"))
                .when().get("/audit-events?caseRef=CR-AU-1").then().statusCode(200).body("total", equalTo(0));
        List<String> westRefs = given().header("Authorization", TestTokens.bearer("manager", "m-w", "west"))
                .when().get("/audit-events?size=200").then().statusCode(200).extract().path("items.caseRef");
        assertTrue(westRefs.isEmpty(), westRefs.toString());
        List<String> eastRefs = given().header("Authorization", eastManager())
                .when().get("/audit-events?size=200").then().statusCode(200).extract().path("items.caseRef");
        assertTrue(!eastRefs.isEmpty() && eastRefs.stream().allMatch(r -> r.equals("CR-AU-1") || r.equals("CR-AU-FC")),
                eastRefs.toString());
        // a whole-service manager also sees rows about no young person (summaries, empty lists)
        List<String> everything = given().header("Authorization", TestTokens.bearer("manager", "m-all", "*"))
                .when().get("/audit-events?size=200").then().statusCode(200).extract().path("items.caseRef");
        assertTrue(everything.contains(null), "no row without a young person");

        // reading the trail is itself recorded, with the caseRef filter as the young person
        String corr = id();
        given().header("Authorization", eastManager()).header("X-Correlation-Id", corr)
                .when().get("/audit-events?caseRef=CR-AU-1").then().statusCode(200);
        Map<String, Object> row = only(corr);
        assertEquals("audit-events.read", row.get("operation"));
        assertEquals("CR-AU-1", row.get("case_ref"));

        // managers only
        for (String role : Arrays.asList("social-worker", "personal-adviser", "iro", "integration")) {
            given().header("Authorization", TestTokens.bearer(role, "x-1", "east")).when().get("/audit-events")
                    .then().statusCode(403).contentType(PROBLEM);
        }
    }

    /**
     * A real database failure of the audit insert: a test trigger refuses rows whose reason is
     * {@code audit-must-fail} (production code is untouched).
     */
    void auditInsertsFailFor(String reason, ThrowingRunnable body) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE FUNCTION audit_test_refusal() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.reason = '" + reason + "' THEN RAISE EXCEPTION 'test: audit insert refused'; END IF; "
                    + "RETURN NEW; END; $$");
            s.execute("CREATE OR REPLACE TRIGGER audit_test_refusal BEFORE INSERT ON audit_event "
                    + "FOR EACH ROW EXECUTE FUNCTION audit_test_refusal()");
        }
        try {
            body.run();
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER audit_test_refusal ON audit_event");
            }
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void whenTheAccessCannotBeRecordedNothingIsShownAndAWriteIsUndone() throws Exception {
        java.nio.file.Path logFile = java.nio.file.Path.of("target/test-logs/notification-service.log");
        long logStart = java.nio.file.Files.exists(logFile) ? java.nio.file.Files.size(logFile) : 0;
        int alert = alertId();
        // a young person of its own, so an alert is still open whatever the other tests acknowledged
        PATHWAY.publish("young-person.upserted", "CR-AU-FC", youngPerson("CR-AU-FC", "east", "sw-e1", "iro-e1"));
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (applier.cursor(Feed.PATHWAY) < PATHWAY.lastSequence()) {
            if (System.nanoTime() > deadline) {
                fail("the consumer did not apply the event");
            }
            Thread.sleep(50);
        }
        List<Integer> open = given().header("Authorization", sw()).when().get("/alerts?caseRef=CR-AU-FC&status=OPEN")
                .then().extract().path("items.id");
        assertTrue(!open.isEmpty(), "an open alert");
        int openAlert = open.get(0);
        auditInsertsFailFor("audit-must-fail", () -> {
            String read = id();
            String body = given().header("Authorization", sw()).header("X-Correlation-Id", read)
                    .header("X-Access-Reason", "audit-must-fail")
                    .when().get("/alerts/" + alert)
                    .then().statusCode(503).contentType(PROBLEM).header("X-Correlation-Id", read)
                    .header("ETag", org.hamcrest.Matchers.nullValue())
                    .body("title", equalTo("Service Unavailable"))
                    .body("detail", equalTo("The access could not be recorded, so nothing is shown; try again."))
                    .extract().asString();
            assertTrue(!body.contains("CR-AU-1"), body);
            assertEquals(0, rows(read).size());
            // a list too
            given().header("Authorization", sw()).header("X-Access-Reason", "audit-must-fail")
                    .when().get("/alerts?caseRef=CR-AU-1").then().statusCode(503).contentType(PROBLEM);
            // a write is rolled back with its row: 503, never a 500
            String write = id();
            given().header("Authorization", sw()).header("X-Correlation-Id", write).header("X-Access-Reason", "audit-must-fail")
                    .contentType(ContentType.JSON).body("{\"note\": \"Visit booked\"}")
                    .when().post("/alerts/" + openAlert + "/acknowledgement")
                    .then().statusCode(503).contentType(PROBLEM).body("title", equalTo("Service Unavailable"));
            given().header("Authorization", sw()).when().get("/alerts/" + openAlert).then().statusCode(200)
                    .body("status", equalTo("OPEN"));
            // a refused request keeps its answer
            given().header("Authorization", sw()).header("X-Access-Reason", "audit-must-fail")
                    .when().get("/alerts/987654321").then().statusCode(404).contentType(PROBLEM);
        });
        byte[] all = java.nio.file.Files.readAllBytes(logFile);
        String log = new String(all, (int) logStart, all.length - (int) logStart, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(log.contains("The audit trail could not be written ("), "the failure is logged");
        // only the exception class is logged by the service, never the values (the embedded database's own
        // server log, not the service's, says more)
        assertTrue(log.lines().noneMatch(l -> (l.contains("test: audit insert refused") || l.contains("audit-must-fail"))
                        && !l.contains("EmbeddedPostgres")), "the service logged the database's message or a value");
    }

    @Test
    void aBlankReasonIsNoReasonAndOneWithAControlCharacterIsA400() throws SQLException {
        String blank = id();
        given().header("Authorization", sw()).header("X-Correlation-Id", blank).header("X-Access-Reason", "   ")
                .when().get("/alerts?caseRef=CR-AU-1").then().statusCode(200);
        assertEquals(null, only(blank).get("reason"));
        given().header("Authorization", sw()).header("X-Access-Reason", "visit\tprep")
                .when().get("/alerts?caseRef=CR-AU-1")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("X-Access-Reason"));
    }

    @Test
    void onBehalfOfIsReadOnlyFromServicesAndMustBeWellFormedFromThem() throws SQLException {
        String user = id();
        given().header("Authorization", sw()).header("X-Correlation-Id", user).header("X-On-Behalf-Of", "someone-else")
                .when().get("/alerts?caseRef=CR-AU-1").then().statusCode(200);
        assertEquals(null, only(user).get("on_behalf_of"), "ignored from a user");
        // from a user even a malformed value is ignored, never a refusal
        given().header("Authorization", sw()).header("X-On-Behalf-Of", "not valid!")
                .when().get("/alerts?caseRef=CR-AU-1").then().statusCode(200);
        String service = TestTokens.bearer("service", "leaver-service");
        given().header("Authorization", service).header("X-On-Behalf-Of", "not valid!")
                .when().get("/rules").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("X-On-Behalf-Of"));
        given().header("Authorization", service).header("X-On-Behalf-Of", "x".repeat(65))
                .when().get("/rules").then().statusCode(400).body("violations[0].field", equalTo("X-On-Behalf-Of"));
        given().header("Authorization", service).header("X-On-Behalf-Of", "pa-e1@council.example")
                .when().get("/rules").then().statusCode(200);
    }

    @Test
    void theTrailFiltersByCorrelationIdSortsByTimeAndTreatsBlankParametersAsNotGiven() throws SQLException {
        String corr = id();
        given().header("Authorization", sw()).header("X-Correlation-Id", corr).when().get("/alerts?caseRef=CR-AU-1")
                .then().statusCode(200);
        given().header("Authorization", eastManager()).when().get("/audit-events?correlationId=" + corr)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].correlationId", equalTo(corr))
                .body("items[0].actor", equalTo("sw-e1")).body("items[0].actorRoles", equalTo("social-worker"))
                .body("items[0].keySet()", equalTo(new java.util.HashSet<>(List.of("id", "occurredAt", "correlationId",
                        "actor", "actorRoles", "onBehalfOf", "operation", "method", "resource", "caseRef", "outcome",
                        "status", "reason"))));
        // blank means not given
        given().header("Authorization", eastManager())
                .when().get("/audit-events?caseRef=&actor=%20&correlationId=&from=&to=&page=&size=")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(50));
        // control characters and long values name the parameter
        for (String query : List.of("caseRef=%00", "actor=a%01b", "correlationId=" + "c".repeat(65), "correlationId=%00")) {
            String field = query.substring(0, query.indexOf('='));
            given().header("Authorization", eastManager()).urlEncodingEnabled(false).when().get("/audit-events?" + query)
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo(field));
        }
        given().header("Authorization", eastManager()).when().get("/audit-events?from=1899-12-31T23:59:59Z")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        // newest first by time, then id
        List<String> times = given().header("Authorization", TestTokens.bearer("manager", "m-all", "*"))
                .when().get("/audit-events?size=200").then().statusCode(200).extract().path("items.occurredAt");
        List<String> sorted = new ArrayList<>(times);
        sorted.sort((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
        assertEquals(sorted, times);
    }
}
