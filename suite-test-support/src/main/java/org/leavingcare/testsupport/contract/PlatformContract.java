package org.leavingcare.testsupport.contract;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.leavingcare.testsupport.TestTokens;
import org.leavingcare.tools.Jwts;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The behaviour every service shares, because it comes from suite-platform: problem+json for every error
 * (400, 401, 403, 404, 405, 413, 414, 415, 503), strict JSON, correlation ids, the audit row of every audited
 * request whatever its outcome or path, failing closed when the row cannot be written, and public health,
 * OpenAPI and metrics. Each service runs it against itself: a {@code @QuarkusTest} that extends this class and
 * says, in a {@link ContractSubject}, how to reach one young person's data.
 */
public abstract class PlatformContract {

    public static final String PROBLEM = "application/problem+json";

    /** The subject whose audit rows the fail-closed test makes impossible to write. */
    static final String UNRECORDABLE = "contract-unrecordable";

    protected abstract ContractSubject subject();

    static String ref() {
        return "CT-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    static String manager(String subject, String team) {
        return TestTokens.bearer("manager", subject, team);
    }

    static String wholeServiceManager() {
        return TestTokens.bearer("manager", "contract-auditor", "*");
    }

    String writer() {
        return TestTokens.bearer(subject().writerRole(), "contract-writer");
    }

    private String known(String team) {
        String ref = ref();
        subject().givenYoungPerson(ref, team);
        return ref;
    }

    private Response write(ContractSubject.Write write, String authorization, String contentType, String body,
                           String correlationId) {
        var request = given().header("Authorization", authorization).contentType(contentType).body(body);
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        return request.when().request(write.method(), write.path());
    }

    /** The rows of the audit trail with one correlation id, as a whole-service manager reads them. */
    private List<Map<String, Object>> auditRows(String correlationId) {
        return given().header("Authorization", wholeServiceManager())
                .queryParam("correlationId", correlationId).queryParam("size", 200)
                .when().get("/audit-events")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    // ---- authentication and roles

    @Test
    void withoutATokenTheAnswerIsA401ProblemWithABearerChallenge() {
        given().when().get(subject().readPath(known("north")))
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401)).body("type", equalTo("urn:leavingcare:problem:unauthenticated"));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwts.token(generator.generateKeyPair().getPrivate(), TestTokens.ISSUER, "forger",
                List.of("integration"), List.of(), Duration.ofMinutes(5));
        given().header("Authorization", "Bearer " + forged).when().get(subject().readPath(known("north")))
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void anExpiredTokenIs401() {
        String expired = TestTokens.token(List.of("integration"), "late", List.of(), Duration.ofMinutes(-10));
        given().header("Authorization", "Bearer " + expired).when().get(subject().readPath(known("north")))
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aTokenForAnotherAudienceIssuedInTheFutureOrLivingForYearsIs401() throws Exception {
        String ref = known("north");
        java.time.Instant now = java.time.Instant.now();
        for (String token : List.of(
                Jwts.token(TestTokens.privateKey(), TestTokens.ISSUER, "another-system", "contract-aud", List.of("integration"),
                        List.of(), now, Duration.ofMinutes(5)),
                Jwts.token(TestTokens.privateKey(), TestTokens.ISSUER, Jwts.SUITE_AUDIENCE, "contract-future",
                        List.of("integration"), List.of(), now.plus(Duration.ofDays(1)), Duration.ofHours(1)),
                Jwts.token(TestTokens.privateKey(), TestTokens.ISSUER, Jwts.SUITE_AUDIENCE, "contract-forever",
                        List.of("integration"), List.of(), now, Duration.ofDays(365L * 970)))) {
            given().header("Authorization", "Bearer " + token).when().get(subject().readPath(ref))
                    .then().statusCode(401).contentType(PROBLEM);
        }
        String fine = Jwts.token(TestTokens.privateKey(), TestTokens.ISSUER, Jwts.SUITE_AUDIENCE, "contract-fine",
                List.of("integration"), List.of(), now.minusSeconds(30), Duration.ofHours(8));
        given().header("Authorization", "Bearer " + fine).when().get(subject().readPath(ref)).then().statusCode(200);
    }

    @Test
    void aSubjectTooLongToRecordIs401AndOneThatFitsIsNot() {
        String ref = known("north");
        given().header("Authorization", manager("m".repeat(65), "north")).when().get(subject().readPath(ref))
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", manager("m".repeat(64), "north")).when().get(subject().readPath(ref))
                .then().statusCode(200);
    }

    @Test
    void theWrongRoleIsA403Problem() {
        given().header("Authorization", TestTokens.bearer(subject().forbiddenRole(), "contract-wrong-role", "north"))
                .when().get(subject().readPath(known("north")))
                .then().statusCode(403).contentType(PROBLEM).body("type", equalTo("urn:leavingcare:problem:forbidden"));
    }

    // ---- paths, methods, media types

    @Test
    void anUnknownPathIsA404Problem() {
        given().header("Authorization", writer()).when().get("/no-such-resource/anywhere")
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void aYoungPersonOutOfScopeIsA404ExactlyLikeOneThatDoesNotExist() {
        String ref = known("north");
        Response outOfScope = given().header("Authorization", manager("contract-south", "south"))
                .when().get(subject().readPath(ref));
        Response missing = given().header("Authorization", manager("contract-south", "south"))
                .when().get(subject().readPath(ref()));
        assertEquals(404, outOfScope.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(missing.jsonPath().getString("type"), outOfScope.jsonPath().getString("type"));
        assertEquals(missing.jsonPath().getString("title"), outOfScope.jsonPath().getString("title"));
        given().header("Authorization", manager("contract-north", "north")).when().get(subject().readPath(ref))
                .then().statusCode(200);
    }

    @Test
    void aWrongMethodIsA405ProblemNamingTheAllowedOnes() {
        given().header("Authorization", writer()).when().request(unsupportedMethod(), subject().readPath(known("north")))
                .then().statusCode(405).contentType(PROBLEM).header("Allow", notNullValue());
    }

    /** A method the read path does not answer. */
    protected String unsupportedMethod() {
        return "DELETE";
    }

    @Test
    void anUnsupportedMediaTypeIsA415Problem() {
        ContractSubject.Write write = subject().write(known("north"));
        write(write, writer(), "text/plain", write.validBody(), null)
                .then().statusCode(415).contentType(PROBLEM);
    }

    // ---- strict JSON

    @Test
    void theValidBodyIsAccepted() {
        ContractSubject.Write write = subject().write(known("north"));
        int status = write(write, writer(), "application/json", write.validBody(), null).statusCode();
        assertTrue(status >= 200 && status < 300, "the contract's valid body answered " + status);
    }

    @Test
    void malformedJsonIsA400Problem() {
        ContractSubject.Write write = subject().write(known("north"));
        write(write, writer(), "application/json", "{\"" + write.textField() + "\": ", null)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:leavingcare:problem:malformed-request"));
    }

    @Test
    void contentAfterTheJsonValueIsRefused() {
        ContractSubject.Write write = subject().write(known("north"));
        write(write, writer(), "application/json", write.validBody() + " {\"more\": 1}", null)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingTheField() {
        ContractSubject.Write write = subject().write(known("north"));
        String body = write.validBody().trim();
        String duplicated = "{\"" + write.textField() + "\": \"first\", " + body.substring(1);
        write(write, writer(), "application/json", duplicated, null)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(write.textField()));
    }

    @Test
    void aNumberWhereTextIsExpectedIsRefusedNamingTheField() {
        ContractSubject.Write write = subject().write(known("north"));
        write(write, writer(), "application/json", withText(write, "12345"), null)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(write.textField()));
    }

    @Test
    void controlCharactersAndLoneSurrogatesInTextAreRefusedNamingTheField() {
        ContractSubject.Write write = subject().write(known("north"));
        for (String refused : List.of("\"a\\u0000b\"", "\"a\\u0007b\"", "\"a\\u001bb\"", "\"a\\ud800b\"", "\"a\\udc00\"")) {
            write(write, writer(), "application/json", withText(write, refused), null)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", hasItem(write.textField()));
        }
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsRefused() throws Exception {
        ContractSubject.Write write = subject().write(known("north"));
        byte[] body = write.validBody().getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[body.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withMark, 3, body.length);
        RawHttp.Answer answer = RawHttp.send("127.0.0.1", write.method(), write.path(), writer(), withMark, Map.of());
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.header("content-type").startsWith(PROBLEM));
    }

    @Test
    void aMissingBodyIsA400Problem() {
        ContractSubject.Write write = subject().write(known("north"));
        given().header("Authorization", writer()).contentType(ContentType.JSON)
                .when().request(write.method(), write.path())
                .then().statusCode(400).contentType(PROBLEM);
    }

    private static String withText(ContractSubject.Write write, String jsonValue) {
        String body = write.validBody().trim();
        // the valid body's own text field is replaced: the key is written again only once, last
        return body.replaceFirst("\"" + java.util.regex.Pattern.quote(write.textField()) + "\"\\s*:\\s*\"[^\"]*\"",
                "\"" + write.textField() + "\": " + java.util.regex.Matcher.quoteReplacement(jsonValue));
    }

    // ---- limits on what is read

    @Test
    void aBodyOverTheLimitIsA413ProblemEchoingTheCorrelationId() {
        ContractSubject.Write write = subject().write(known("north"));
        long limit = ConfigProvider.getConfig().getValue("platform.limits.max-body-size",
                io.quarkus.runtime.configuration.MemorySize.class).asLongValue();
        String body = "{\"" + write.textField() + "\": \"" + "x".repeat((int) limit) + "\"}";
        write(write, writer(), "application/json", body, "contract-413")
                .then().statusCode(413).contentType(PROBLEM).header("X-Correlation-Id", "contract-413")
                .body("title", equalTo("Content Too Large"));
    }

    @Test
    void aRequestUriOverTheLimitIsA414Problem() {
        given().header("Authorization", writer()).queryParam("q", "x".repeat(9000))
                .when().get(subject().readPath(known("north")))
                .then().statusCode(414).contentType(PROBLEM).body("status", equalTo(414));
    }

    @Test
    void aControlCharacterInAQueryParameterIsA400NamingIt() throws Exception {
        RawHttp.Answer answer = RawHttp.get("127.0.0.1", subject().readPath(known("north")) + "?contractParam=a%01b",
                manager("contract-north", "north"));
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("contractParam"), answer.body());
    }

    // ---- correlation ids

    @Test
    void aWellFormedCorrelationIdIsEchoedAndAMalformedOneReplaced() {
        String ref = known("north");
        given().header("Authorization", manager("contract-north", "north")).header("X-Correlation-Id", "contract-echo-1")
                .when().get(subject().readPath(ref)).then().header("X-Correlation-Id", "contract-echo-1");
        String made = given().header("Authorization", manager("contract-north", "north"))
                .header("X-Correlation-Id", "not well formed!")
                .when().get(subject().readPath(ref)).then().extract().header("X-Correlation-Id");
        assertTrue(made != null && made.matches("[A-Za-z0-9._:-]{1,64}"), made);
        given().when().get("/no-such-resource").then().header("X-Correlation-Id", notNullValue());
    }

    // ---- the audit trail

    @Test
    void aReadIsAuditedWithWhoWhatAndItsCorrelationId() {
        String ref = known("north");
        String id = "contract-read-" + ref;
        given().header("Authorization", manager("contract-reader", "north")).header("X-Correlation-Id", id)
                .header("X-Access-Reason", "supervision")
                .when().get(subject().readPath(ref)).then().statusCode(200);
        List<Map<String, Object>> rows = auditRows(id);
        assertEquals(1, rows.size(), rows.toString());
        Map<String, Object> row = rows.get(0);
        assertEquals(ref, row.get("caseRef"));
        assertEquals("contract-reader", row.get("actor"));
        assertEquals("manager", row.get("actorRoles"));
        assertEquals("SUCCESS", row.get("outcome"));
        assertEquals(200, row.get("status"));
        assertEquals("GET", row.get("method"));
        assertEquals("supervision", row.get("reason"));
        assertTrue(row.get("operation") != null && row.get("operation").toString().contains("."), row.toString());
    }

    @Test
    void aReadOutOfScopeIsAuditedAsNotFound() {
        String ref = known("north");
        String id = "contract-denied-" + ref;
        given().header("Authorization", manager("contract-south", "south")).header("X-Correlation-Id", id)
                .when().get(subject().readPath(ref)).then().statusCode(404);
        List<Map<String, Object>> rows = auditRows(id);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("NOT_FOUND", rows.get(0).get("outcome"));
        assertEquals(ref, rows.get(0).get("caseRef"));
    }

    @Test
    void aWriteIsAuditedOnceWithTheStatusItAnswered() {
        String ref = known("north");
        ContractSubject.Write write = subject().write(ref);
        String id = "contract-write-" + ref;
        int status = write(write, writer(), "application/json", write.validBody(), id).statusCode();
        List<Map<String, Object>> rows = auditRows(id);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("SUCCESS", rows.get(0).get("outcome"));
        assertEquals(status, rows.get(0).get("status"));
        assertEquals(write.method(), rows.get(0).get("method"));
    }

    @Test
    void aRefusedWriteIsAuditedAsRejected() {
        ContractSubject.Write write = subject().write(known("north"));
        String id = "contract-refused-" + UUID.randomUUID().toString().substring(0, 8);
        write(write, writer(), "application/json", "{\"" + write.textField() + "\": ", id)
                .then().statusCode(400);
        List<Map<String, Object>> rows = auditRows(id);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("REJECTED", rows.get(0).get("outcome"));
        assertEquals(400, rows.get(0).get("status"));
    }

    @Test
    void aRequestWithANulInItsPathIsStillAudited() throws Exception {
        String ref = known("north");
        String id = "contract-nul-" + ref;
        RawHttp.Answer answer = RawHttp.send("127.0.0.1", "GET", subject().readPath(ref + "%00"),
                manager("contract-north", "north"), null, Map.of("X-Correlation-Id", id));
        assertTrue(answer.status() >= 400 && answer.status() < 500, answer.status() + " " + answer.body());
        List<Map<String, Object>> rows = auditRows(id);
        assertEquals(1, rows.size(), "the refused request was not recorded: " + rows);
        assertFalse(String.valueOf(rows.get(0).get("resource")).contains("\u0000"));
    }

    @Test
    void anAccessReasonThatIsTooLongIsA400NamingTheHeader() {
        given().header("Authorization", manager("contract-north", "north")).header("X-Access-Reason", "r".repeat(201))
                .when().get(subject().readPath(known("north")))
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("X-Access-Reason"));
    }

    @Test
    void theTrailIsForManagersAndIsItselfAudited() {
        given().header("Authorization", TestTokens.bearer(subject().forbiddenRole(), "contract-nosy", "north"))
                .when().get("/audit-events").then().statusCode(403).contentType(PROBLEM);
        String id = "contract-trail-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", wholeServiceManager()).header("X-Correlation-Id", id)
                .when().get("/audit-events").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(50)).body("total", notNullValue());
        assertEquals("audit-events.read", auditRows(id).get(0).get("operation"));
    }

    @Test
    void aTeamManagerSeesOnlyTheTrailOfTheirTeamsYoungPeople() {
        String north = known("north");
        given().header("Authorization", manager("contract-north", "north")).when().get(subject().readPath(north))
                .then().statusCode(200);
        given().header("Authorization", manager("contract-south", "south")).queryParam("caseRef", north)
                .when().get("/audit-events").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", manager("contract-north", "north")).queryParam("caseRef", north)
                .when().get("/audit-events").then().statusCode(200).body("items.caseRef", hasItem(north));
    }

    // ---- failing closed

    @Test
    void whenTheTrailCannotBeWrittenNothingIsShownAndNothingIsChanged() throws Exception {
        String ref = known("north");
        ContractSubject.Write write = subject().write(ref);
        String before = given().header("Authorization", manager("contract-north", "north"))
                .when().get(subject().readPath(ref)).then().statusCode(200).extract().asString();
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.execute("CREATE OR REPLACE FUNCTION contract_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$"
                    + " BEGIN IF NEW.actor = '" + UNRECORDABLE + "' THEN RAISE EXCEPTION 'refused by the contract test';"
                    + " END IF; RETURN NEW; END $$");
            sql.execute("DROP TRIGGER IF EXISTS contract_refuse_audit ON audit_event");
            sql.execute("CREATE TRIGGER contract_refuse_audit BEFORE INSERT ON audit_event FOR EACH ROW"
                    + " EXECUTE FUNCTION contract_refuse_audit()");
        }
        try {
            given().header("Authorization", TestTokens.bearer("manager", UNRECORDABLE, "north"))
                    .when().get(subject().readPath(ref))
                    .then().statusCode(503).contentType(PROBLEM).body("status", equalTo(503))
                    .body(containsString("could not be recorded"));
            write(write, TestTokens.bearer(subject().writerRole(), UNRECORDABLE), "application/json",
                    write.validBody(), null)
                    .then().statusCode(503).contentType(PROBLEM);
        } finally {
            try (Connection db = database(); Statement sql = db.createStatement()) {
                sql.execute("DROP TRIGGER IF EXISTS contract_refuse_audit ON audit_event");
            }
        }
        String after = given().header("Authorization", manager("contract-north", "north"))
                .when().get(subject().readPath(ref)).then().statusCode(200).extract().asString();
        assertEquals(before, after, "a write whose audit row failed changed the record");
    }

    private static Connection database() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    // ---- what is public

    @Test
    void healthOpenApiAndMetricsArePublic() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi", startsWith("3."));
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
