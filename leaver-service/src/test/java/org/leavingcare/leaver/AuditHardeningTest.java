package org.leavingcare.leaver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavingcare.leaver.audit.AuditLog;
import org.leavingcare.leaver.feed.PathwayFeedPoller;
import org.leavingcare.testsupport.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 10, second round: the audit fails closed, no client input reaches PostgreSQL with a NUL, and the
 * audit headers and trail parameters behave the same in every service.
 */
@QuarkusTest
class AuditHardeningTest {

    static final String PROBLEM = "application/problem+json";
    /** The actor whose audit rows the database refuses while {@link #unrecordable} is installed. */
    static final String UNRECORDABLE = "audit-breaker";

    @Inject
    PathwayFeedPoller poller;

    @Inject
    DataSource dataSource;

    final AuditTrailTest trail = new AuditTrailTest();

    String youngPerson(String team) {
        return Fixtures.youngPerson(poller, Fixtures.caseRef("HA"), "2009-10-01", team, false, false, true,
                AccessScopeTest.OVERDUE);
    }

    /** A real database failure: a trigger refusing the audit rows of one actor, for the length of {@code body}. */
    void unrecordable(ThrowingRunnable body) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE OR REPLACE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF NEW.actor = '%s' THEN
                            RAISE EXCEPTION 'audit insert refused for the test';
                        END IF;
                        RETURN NEW;
                    END;
                    $$""".formatted(UNRECORDABLE));
            s.execute("DROP TRIGGER IF EXISTS test_refuse_audit ON audit_event");
            s.execute("CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_event FOR EACH ROW "
                    + "EXECUTE FUNCTION test_refuse_audit()");
            try {
                body.run();
            } finally {
                s.execute("DROP TRIGGER IF EXISTS test_refuse_audit ON audit_event");
            }
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aReadWhoseAuditRowCannotBeWrittenShowsNothingAndRefusalsKeepTheirAnswer() throws Exception {
        String caseRef = youngPerson("north");
        String breaker = TestTokens.bearer("manager", UNRECORDABLE, "north");
        unrecordable(() -> {
            // a single read: 503, none of the young person's data, no version
            given().header("Authorization", breaker).when().get("/young-people/" + caseRef)
                    .then().statusCode(503).contentType(PROBLEM).body("status", equalTo(503))
                    .body("title", equalTo("Service Unavailable"))
                    .body("detail", equalTo("The access could not be recorded, so nothing is shown; try again."))
                    .body("caseRef", nullValue()).header("ETag", nullValue())
                    .header("X-Correlation-Id", not(empty()));
            // a list: the same
            given().header("Authorization", breaker).queryParam("team", "north").when().get("/allocations/due")
                    .then().statusCode(503).contentType(PROBLEM).body("items", nullValue());
            // a write: rolled back, and a 503 rather than a 500
            given().header("Authorization", breaker).contentType(ContentType.JSON).body(AuditTrailTest.CONTACT)
                    .when().post("/young-people/" + caseRef + "/contacts")
                    .then().statusCode(503).contentType(PROBLEM).body("title", equalTo("Service Unavailable"));
            // refused requests keep their answer: out of scope, another team, a role that may not
            given().header("Authorization", TestTokens.bearer("manager", UNRECORDABLE, "south"))
                    .when().get("/young-people/" + caseRef).then().statusCode(404).contentType(PROBLEM);
            given().header("Authorization", TestTokens.bearer("iro", UNRECORDABLE, "north")).contentType(ContentType.JSON)
                    .body(AuditTrailTest.CONTACT).when().post("/young-people/" + caseRef + "/contacts")
                    .then().statusCode(403).contentType(PROBLEM);
            given().header("Authorization", breaker).queryParam("size", "0").when().get("/audit-events")
                    .then().statusCode(400).contentType(PROBLEM);
            // everyone else is recorded and served as usual
            given().header("Authorization", Fixtures.manager()).when().get("/young-people/" + caseRef).then().statusCode(200);
        });
        // the refused write left nothing behind
        given().header("Authorization", Fixtures.manager()).when().get("/young-people/" + caseRef + "/contacts")
                .then().statusCode(200).body("$", empty());
        given().header("Authorization", breaker).when().get("/young-people/" + caseRef).then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource({
            "200, SUCCESS", "201, SUCCESS", "304, SUCCESS", "399, SUCCESS",
            "400, REJECTED", "401, REJECTED", "403, DENIED", "404, NOT_FOUND", "409, REJECTED", "422, REJECTED",
            "499, REJECTED", "500, FAILED", "503, FAILED"})
    void theOutcomeFollowsTheStatusSent(int status, String outcome) {
        assertEquals(outcome, AuditLog.outcome(status));
    }

    @Test
    void aNulInAJsonBodyIsA400NamingTheField() {
        String caseRef = youngPerson("north");
        String manager = Fixtures.manager();
        // free text: the adviser's name, an allocation's reasons; and a string in a list
        given().header("Authorization", manager).contentType(ContentType.JSON)
                .body("{\"name\": \"A\\u0000B\", \"team\": \"north\", \"capacity\": 5, \"active\": true}")
                .when().put("/personal-advisers/" + Fixtures.caseRef("pa"))
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("name"))
                .body("violations[0].message", equalTo("must not contain a NUL character"));
        given().header("Authorization", manager).contentType(ContentType.JSON)
                .body("{\"adviserId\": \"pa-x\", \"startedOn\": \"2026-02-20\", \"overrideReason\": \"\\u0000\"}")
                .when().post("/young-people/" + caseRef + "/personal-adviser")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("overrideReason"));
        given().header("Authorization", manager).contentType(ContentType.JSON)
                .body("{\"reason\": \"moved\\u0000away\", \"endedOn\": \"2026-02-20\"}")
                .when().post("/young-people/" + caseRef + "/personal-adviser/end")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("reason"));
        given().header("Authorization", manager).contentType(ContentType.JSON)
                .body("{\"inCustody\": false, \"parent\": false, \"languages\": [\"en\", \"a\\u0000r\"]}")
                .when().put("/young-people/" + caseRef + "/circumstances")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("languages[1]"));
    }

    @Test
    void aNulInAQueryParameterIsA400NamingIt() throws Exception {
        String head = TestTokens.bearer("manager", "head", "*");
        for (String[] query : new String[][] {{"/allocations/due", "team"}, {"/personal-advisers", "team"},
                {"/audit-events", "actor"}, {"/audit-events", "caseRef"}, {"/events", "after"}}) {
            given().header("Authorization", head).queryParam(query[1], "x\u0000").when().get(query[0])
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo(query[1]));
        }
        // checked before anything else: also without a token
        given().queryParam("team", "\u0000").when().get("/allocations/due").then().statusCode(400).contentType(PROBLEM);
        // a NUL in the path is refused by the path parameter's check, and the refusal is still recorded
        String id = AuditTrailTest.correlationId();
        given().header("Authorization", head).header("X-Correlation-Id", id).urlEncodingEnabled(false)
                .when().get("/young-people/a%00b/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("caseRef"));
        Map<String, Object> row = trail.onlyRow(id, dataSource);
        assertEquals(List.of("contacts.read", "REJECTED", "/young-people/a\uFFFDb/contacts"),
                List.of(row.get("operation"), row.get("outcome"), row.get("resource")));
    }

    @Test
    void onBehalfOfIsTakenFromServicesOnlyAndABlankReasonIsNoReason() throws Exception {
        String caseRef = youngPerson("north");
        // from a user the header is ignored, whatever it holds
        String user = AuditTrailTest.correlationId();
        given().header("Authorization", Fixtures.manager()).header("X-Correlation-Id", user)
                .header("X-On-Behalf-Of", "u".repeat(100)).header("X-Access-Reason", "   ")
                .when().get("/young-people/" + caseRef).then().statusCode(200);
        Map<String, Object> row = trail.onlyRow(user, dataSource);
        assertEquals(java.util.Arrays.asList(null, null), java.util.Arrays.asList(row.get("on_behalf_of"), row.get("reason")));
        // from a service it is recorded, and must be well formed
        String service = AuditTrailTest.correlationId();
        given().header("Authorization", Fixtures.service()).header("X-Correlation-Id", service)
                .header("X-On-Behalf-Of", "sw-17@north").queryParam("limit", 1)
                .when().get("/events").then().statusCode(200);
        assertEquals("sw-17@north", trail.onlyRow(service, dataSource).get("on_behalf_of"));
        for (String bad : List.of("u".repeat(65), "two words", "a/b")) {
            given().header("Authorization", Fixtures.service()).header("X-On-Behalf-Of", bad)
                    .queryParam("limit", 1).when().get("/events")
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("X-On-Behalf-Of"));
        }
        // a reason with a control character is refused, naming the header
        given().header("Authorization", Fixtures.manager()).header("X-Access-Reason", "duty\tcall")
                .when().get("/young-people/" + caseRef)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("X-Access-Reason"));
    }

    @Test
    void blankTrailParametersAreNotGiven() {
        String head = TestTokens.bearer("manager", "head", "*");
        long all = given().header("Authorization", head).queryParam("size", 1).when().get("/audit-events")
                .then().statusCode(200).extract().jsonPath().getLong("total");
        given().header("Authorization", head).queryParam("caseRef", "").queryParam("actor", " ")
                .queryParam("correlationId", "").queryParam("from", "").queryParam("to", " ")
                .queryParam("page", "").queryParam("size", "")
                .when().get("/audit-events").then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(50))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo((int) all));
        given().header("Authorization", head).queryParam("from", "1900-01-01").queryParam("to", "2199-12-31T23:59:59Z")
                .when().get("/audit-events").then().statusCode(200);
    }
}
