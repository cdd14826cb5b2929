package org.leavingcare.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite end to end, as users run it: three packaged services on one PostgreSQL, a case-management
 * system's webhook receiver, and real stories walked through the public APIs while the clock moves
 * from 1 March to 25 July 2026 (each move restarts the services with a later fixed date, as time
 * passing would).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

    static final LocalDate T0 = LocalDate.of(2026, 3, 1);
    static final LocalDate T1 = LocalDate.of(2026, 6, 1);
    static final LocalDate T2 = LocalDate.of(2026, 7, 25);
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();

    /** Synthetic names used in this run; none may ever appear in a service's log. */
    static final List<String> SYNTHETIC_NAMES = new ArrayList<>();

    static Suite suite;
    static WebhookReceiver receiver;

    @BeforeAll
    static void startTheSuite() throws Exception {
        receiver = new WebhookReceiver();
        suite = Suite.start(T0, Map.of(
                // the daily sweep runs as soon as a restart has moved the clock to a new day
                "ALERT_SWEEP_AFTER", "00:00",
                "ALERT_SWEEP_CHECK_INTERVAL", "1s",
                "WEBHOOKS_ALLOW_HTTP", "true",
                "WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true",
                "WEBHOOKS_POLL_INTERVAL", "200ms",
                "WEBHOOKS_TIMEOUT", "2s",
                "WEBHOOKS_RETRY_SCHEDULE", "0s,1s,1s,2s,2s,3s,3s,5s,5s,5s,5s,5s,5s,5s,5s"));
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
        Map<String, String> securedPath = Map.of("pathway", "/events", "leaver", "/events", "notification", "/alerts");
        for (String service : Suite.SERVICES) {
            String url = suite.url(service);
            given().when().get(url + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().accept(ContentType.JSON).when().get(url + "/q/openapi")
                    .then().statusCode(200).body("info.title", equalTo(service + "-service"));
            given().when().get(url + securedPath.get(service))
                    .then().statusCode(401).contentType("application/problem+json");
            String role = service.equals("notification") ? "manager" : "service";
            given().header("Authorization", suite.bearer(role, "e2e-" + role, "north", "south"))
                    .when().get(url + securedPath.get(service))
                    .then().statusCode(200);
        }
    }

    @Test
    @Order(2)
    void aCaseManagementSystemSubscribesToEveryNotification() {
        String secret = given().header("Authorization", suite.bearer("integration", "cms-1"))
                .contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of("*"), "description", "e2e receiver"))
                .when().post(suite.url("notification") + "/subscriptions")
                .then().statusCode(201).extract().path("secret");
        assertTrue(secret.startsWith("whsec_"), "the secret is shown once, as whsec_...");
        receiver.trust(secret);
    }

    /** Story 1, part 1: a 15-year-old in care since 13. */
    @Test
    @Order(10)
    void aFifteenYearOldInCareSinceThirteenIsLookedAfterButNotYetEligible() {
        putYoungPerson("E2E-NA", "Oriel", "2010-04-20", "north", Map.of());
        putEpisodes("E2E-NA", "2023-07-01", "C2");
        given().header("Authorization", manager()).when().get(suite.url("pathway") + "/young-people/E2E-NA")
                .then().statusCode(200)
                .body("category", equalTo("LOOKED_AFTER"))
                .body("eligibilityDate", equalTo("2026-04-20"))
                .body("needsAssessment.dueOn", equalTo("2026-07-20"));
    }

    /** Story 2: a disabled 16-year-old with likely adult care needs and no referral to adult social care. */
    @Test
    @Order(20)
    void aDisabledSixteenYearOldWithoutAnAdultReferralRaisesTheTransitionAlertUntilReferred() {
        putYoungPerson("E2E-DIS", "Perpetua", "2009-12-10", "north", Map.of(
                "disabled", true, "disabilityCodes", List.of("LD"), "likelyAdultCareNeeds", true, "ehcp", true));
        putEpisodes("E2E-DIS", "2022-01-10", "C2");
        JsonNode alert = awaitAlert("E2E-DIS", "A19", "OPEN");
        assertTrue(alert.path("disabled").asBoolean());

        given().header("Authorization", integration()).contentType(ContentType.JSON)
                .body(Map.of("referredToAdultSocialCareOn", "2026-02-20", "leadWorker", "cwd-1"))
                .when().put(suite.url("pathway") + "/young-people/E2E-DIS/adult-transition")
                .then().statusCode(200);
        JsonNode resolved = awaitAlert("E2E-DIS", "A19", "RESOLVED");
        assertEquals(alert.path("id").asLong(), resolved.path("id").asLong(), "the same alert is resolved, not a new one");
        awaitWebhook("alert.raised", "E2E-DIS", "A19");
        awaitWebhook("alert.resolved", "E2E-DIS", "A19");
    }

    /** Story 4: 17½ with no personal adviser; the top recommendation is allocated. */
    @Test
    @Order(30)
    void aSeventeenAndAHalfYearOldWithoutAnAdviserIsAllocatedTheTopRecommendation() {
        for (String id : List.of("pa-e2e-1", "pa-e2e-2")) {
            given().header("Authorization", manager()).contentType(ContentType.JSON)
                    .body(Map.of("name", "Adviser " + id, "team", "north", "capacity", id.endsWith("1") ? 20 : 8,
                            "languages", List.of("en"), "specialisms", List.of(), "active", true))
                    .when().put(suite.url("leaver") + "/personal-advisers/" + id)
                    .then().statusCode(201);
        }
        putYoungPerson("E2E-PA", "Leocadia", "2008-07-15", "north", Map.of());
        putEpisodes("E2E-PA", "2021-03-01", "C2");
        JsonNode alert = awaitAlert("E2E-PA", "A9", "OPEN");

        String top = await().atMost(PATIENCE).until(() -> given().header("Authorization", manager())
                .when().get(suite.url("leaver") + "/young-people/E2E-PA/personal-adviser/recommendations")
                .then().extract().<String>path("advisers[0].adviserId"), id -> id != null);
        assertEquals("pa-e2e-1", top, "the adviser with the most remaining capacity ranks first");
        given().header("Authorization", manager()).contentType(ContentType.JSON)
                .body(Map.of("adviserId", top, "startedOn", T0.toString()))
                .when().post(suite.url("leaver") + "/young-people/E2E-PA/personal-adviser")
                .then().statusCode(201);
        JsonNode resolved = awaitAlert("E2E-PA", "A9", "RESOLVED");
        assertEquals(alert.path("id").asLong(), resolved.path("id").asLong());
    }

    /** Story 3, part 1: UASC leave expiring at 17½, no further-leave application yet. */
    @Test
    @Order(40)
    void anUnaccompaniedYoungPersonsLeaveExpiryIsRecorded() {
        putYoungPerson("E2E-UASC", "Thaddeus", "2009-02-10", "south", Map.of("uasc", true));
        putEpisodes("E2E-UASC", "2024-06-01", "V2");
        given().header("Authorization", integration()).contentType(ContentType.JSON)
                .body(Map.of("status", "UASC_LEAVE", "firstIdentifiedOn", "2024-06-01",
                        "riskAssessmentCompletedOn", "2024-06-01", "leaveExpiresOn", "2026-08-10",
                        "solicitorInstructedOn", "2026-02-01"))
                .when().put(suite.url("pathway") + "/young-people/E2E-UASC/immigration")
                .then().statusCode(200);
        // more than three months before expiry: nothing to say yet
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> alert("E2E-UASC", "A22").isEmpty());
    }

    /** Time passes to 1 June: the leave expires within three months. */
    @Test
    @Order(50)
    void onTheFirstOfJuneTheLeaveAlertIsRaised() throws Exception {
        suite.moveClockTo(T1, "pathway", "leaver", "notification");
        JsonNode alert = awaitAlert("E2E-UASC", "A22", "OPEN");
        assertEquals("DUE", alert.path("severity").asText());
        assertEquals("2026-08-10", alert.path("dueOn").asText());
        awaitWebhook("alert.raised", "E2E-UASC", "A22");
        given().header("Authorization", manager()).when().get(suite.url("pathway") + "/young-people/E2E-NA")
                .then().body("category", equalTo("ELIGIBLE")).body("needsAssessment.status", equalTo("DUE"));
    }

    /** Time passes to 25 July: the assessment deadline has gone, the leave expires in 16 days. */
    @Test
    @Order(60)
    void onTheTwentyFifthOfJulyTheAssessmentIsOverdueAndTheLeaveAlertEscalates() throws Exception {
        suite.moveClockTo(T2, "pathway", "leaver", "notification");
        JsonNode overdue = awaitAlert("E2E-NA", "A1", "OPEN", "OVERDUE");
        assertEquals("2026-07-20", overdue.path("dueOn").asText());
        JsonNode raised = awaitWebhook("alert.raised", "E2E-NA", "A1");
        assertEquals("/alerts/" + overdue.path("id").asLong(), raised.path("data").path("links").path("alert").asText());
        assertNoPersonalData(raised);

        awaitAlert("E2E-UASC", "A22", "OPEN", "CRITICAL");
        awaitWebhook("alert.escalated", "E2E-UASC", "A22");
    }

    /** Story 3, part 2, and story 1, part 2: recording the application and completing the assessment resolve both. */
    @Test
    @Order(70)
    void recordingTheApplicationAndCompletingTheAssessmentResolveTheAlerts() {
        given().header("Authorization", integration()).contentType(ContentType.JSON)
                .body(Map.of("status", "UASC_LEAVE", "firstIdentifiedOn", "2024-06-01",
                        "riskAssessmentCompletedOn", "2024-06-01", "leaveExpiresOn", "2026-08-10",
                        "solicitorInstructedOn", "2026-02-01", "furtherLeaveApplicationMadeOn", T2.toString()))
                .when().put(suite.url("pathway") + "/young-people/E2E-UASC/immigration")
                .then().statusCode(200);
        completeNeedsAssessment("E2E-NA", false);

        awaitAlert("E2E-UASC", "A22", "RESOLVED");
        awaitWebhook("alert.resolved", "E2E-UASC", "A22");
        awaitAlert("E2E-NA", "A1", "RESOLVED");
        awaitWebhook("alert.resolved", "E2E-NA", "A1");
        given().header("Authorization", manager()).when().get(suite.url("pathway") + "/young-people/E2E-NA")
                .then().body("needsAssessment.status", equalTo("COMPLETED"));
    }

    /** Story 5: notification-service and the receiver are down while the other services change things. */
    @Test
    @Order(80)
    void nothingIsLostWhileNotificationServiceAndTheReceiverAreDown() throws Exception {
        suite.stopService("notification");
        receiver.down();

        // pathway: a young person whose needs assessment is long overdue
        putYoungPerson("E2E-DOWN", "Hermengild", "2009-10-01", "south", Map.of());
        putEpisodes("E2E-DOWN", "2022-05-01", "C2");
        // leaver: the adviser of a young person now 18 leaves, so a former relevant young person has none
        given().header("Authorization", manager()).contentType(ContentType.JSON)
                .body(Map.of("reason", "adviser left the service", "endedOn", T2.toString()))
                .when().post(suite.url("leaver") + "/young-people/E2E-PA/personal-adviser/end")
                .then().statusCode(200);

        suite.startService("notification");
        suite.awaitHealthy("notification");
        // more than six months past the deadline: the ladder has reached its top
        awaitAlert("E2E-DOWN", "A1", "OPEN", "CRITICAL");
        awaitAlert("E2E-PA", "A10", "OPEN");

        receiver.up();
        awaitWebhook("alert.raised", "E2E-DOWN", "A1");
        awaitWebhook("alert.raised", "E2E-PA", "A10");

        // nothing twice: one alert per rule and young person, one delivery per notification
        assertEquals(1, alerts("E2E-DOWN", "A1").size());
        assertEquals(1, alerts("E2E-PA", "A10").size());
        assertEquals(0, receiver.duplicates(), "no notification delivered twice");
        assertEquals(0, receiver.badSignatures(), "every delivery was signed with the subscription's secret");
    }

    /**
     * Issue 10: who may see which child, across the three services, and one user's action followed
     * through every service's audit trail by its correlation id.
     */
    @Test
    @Order(90)
    void eachUserSeesOnlyTheirChildrenAndEveryAccessIsTraceable() {
        String eastManager = suite.bearer("manager", "e2e-east-manager", "east");
        String adviser = suite.bearer("personal-adviser", "pa-east-1");
        String otherAdviser = suite.bearer("personal-adviser", "pa-north-9");
        String iro = suite.bearer("iro", "iro-east-1");
        String socialWorker = suite.bearer("social-worker", "sw-east-1");
        putYoungPerson("E2E-SCOPE", "Marisol", "2009-01-15", "east",
                Map.of("socialWorker", "sw-east-1", "reviewingOfficer", "iro-east-1"));
        putEpisodes("E2E-SCOPE", "2022-01-10", "C2");
        String leaver = suite.url("leaver") + "/young-people/E2E-SCOPE";
        String pathway = suite.url("pathway") + "/young-people/E2E-SCOPE";
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> given().header("Authorization", eastManager).get(leaver).statusCode() == 200);

        // the east team's manager allocates an east adviser
        given().header("Authorization", eastManager).contentType(ContentType.JSON)
                .body(Map.of("name", "East Adviser", "team", "east", "capacity", 20, "languages", List.of("en"),
                        "specialisms", List.of(), "active", true))
                .when().put(suite.url("leaver") + "/personal-advisers/pa-east-1").then().statusCode(201);
        given().header("Authorization", eastManager).contentType(ContentType.JSON)
                .body(Map.of("adviserId", "pa-east-1"))
                .when().post(leaver + "/personal-adviser").then().statusCode(201);

        // the adviser sees the child in leaver-service at once, and in pathway-service once the leaver
        // feed has told it who the adviser is; so do the child's social worker and IRO
        given().header("Authorization", adviser).when().get(leaver).then().statusCode(200);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> given().header("Authorization", adviser).get(pathway).statusCode() == 200);
        given().header("Authorization", socialWorker).when().get(pathway).then().statusCode(200);
        given().header("Authorization", iro).when().get(pathway).then().statusCode(200);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> given().header("Authorization", adviser).queryParam("caseRef", "E2E-SCOPE")
                        .get(suite.url("notification") + "/alerts").path("items.size()"), n -> ((Integer) n) > 0);

        // everyone else: as if the child did not exist, in every service, lists and counts included
        for (String outsider : List.of(manager(), otherAdviser, suite.bearer("iro", "iro-north-2"))) {
            given().header("Authorization", outsider).when().get(pathway)
                    .then().statusCode(404).contentType("application/problem+json");
            given().header("Authorization", outsider).when().get(leaver)
                    .then().statusCode(404).contentType("application/problem+json");
            given().header("Authorization", outsider).queryParam("caseRef", "E2E-SCOPE")
                    .when().get(suite.url("notification") + "/alerts")
                    .then().statusCode(200).body("items.size()", equalTo(0));
        }
        given().header("Authorization", manager()).queryParam("team", "east")
                .when().get(suite.url("pathway") + "/young-people")
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", eastManager).queryParam("team", "east")
                .when().get(suite.url("pathway") + "/young-people")
                .then().statusCode(200).body("total", equalTo(1));

        // one read by the adviser, followed through leaver-service and its fresh read of pathway-service
        given().header("Authorization", adviser).header("X-Correlation-Id", "e2e-scope-read-1")
                .when().get(leaver).then().statusCode(200).header("X-Correlation-Id", "e2e-scope-read-1");
        JsonNode leaverRow = auditRow("leaver", eastManager, "e2e-scope-read-1");
        assertEquals("pa-east-1", leaverRow.path("actor").asText());
        assertEquals("SUCCESS", leaverRow.path("outcome").asText());
        JsonNode pathwayRow = auditRow("pathway", eastManager, "e2e-scope-read-1");
        assertEquals("leaver-service", pathwayRow.path("actor").asText());
        assertEquals("pa-east-1", pathwayRow.path("onBehalfOf").asText());
        // a refused look is on the record too, and no team's manager can read another team's trail
        given().header("Authorization", otherAdviser).header("X-Correlation-Id", "e2e-scope-peek-1")
                .when().get(leaver).then().statusCode(404);
        assertEquals("NOT_FOUND", auditRow("leaver", eastManager, "e2e-scope-peek-1").path("outcome").asText());
        for (String service : Suite.SERVICES) {
            given().header("Authorization", manager()).queryParam("caseRef", "E2E-SCOPE")
                    .when().get(suite.url(service) + "/audit-events")
                    .then().statusCode(200).body("total", equalTo(0));
            given().header("Authorization", eastManager).queryParam("caseRef", "E2E-SCOPE")
                    .when().get(suite.url(service) + "/audit-events")
                    .then().statusCode(200).body("items.caseRef", org.hamcrest.Matchers.everyItem(equalTo("E2E-SCOPE")));
        }
    }

    static JsonNode auditRow(String service, String managerToken, String correlationId) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
            Response response = given().header("Authorization", managerToken).queryParam("caseRef", "E2E-SCOPE")
                    .queryParam("size", 200).when().get(suite.url(service) + "/audit-events");
            if (response.statusCode() != 200) {
                return null;
            }
            for (JsonNode row : readTree(response.asString()).path("items")) {
                if (row.path("correlationId").asText().equals(correlationId)) {
                    return row;
                }
            }
            return null;
        }, row -> row != null);
    }

    @Test
    @Order(1000)
    void noServiceEverLogsANameOrADateOfBirth() throws Exception {
        for (String service : Suite.SERVICES) {
            Path log = suite.logs().resolve(service + ".log");
            String text = Files.readString(log);
            assertTrue(text.contains("started in"), service + " log was captured");
            for (String name : SYNTHETIC_NAMES) {
                assertFalse(text.contains(name), service + " logged a young person's name");
            }
            for (String dateOfBirth : List.of("2010-04-20", "2009-12-10", "2008-07-15", "2009-02-10", "2009-10-01", "2009-01-15")) {
                assertFalse(text.contains(dateOfBirth), service + " logged a date of birth");
            }
        }
    }

    // --- the public API, as a case-management system calls it ---

    static String manager() {
        return suite.bearer("manager", "e2e-manager", "north", "south");
    }

    static String integration() {
        return suite.bearer("integration", "e2e-cms");
    }

    static void putYoungPerson(String caseRef, String givenName, String dateOfBirth, String team, Map<String, Object> facts) {
        SYNTHETIC_NAMES.add(givenName);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("givenName", givenName, "familyName", "Endtoend",
                "dateOfBirth", dateOfBirth, "team", team));
        body.putAll(facts);
        given().header("Authorization", integration()).contentType(ContentType.JSON).body(body)
                .when().put(suite.url("pathway") + "/young-people/" + caseRef)
                .then().statusCode(201);
    }

    static void putEpisodes(String caseRef, String start, String legalStatus) {
        given().header("Authorization", integration()).contentType(ContentType.JSON)
                .body(Map.of("episodes", List.of(Map.of("start", start, "legalStatus", legalStatus, "placementType", "U1"))))
                .when().put(suite.url("pathway") + "/young-people/" + caseRef + "/care-episodes")
                .then().statusCode(200);
    }

    static void completeNeedsAssessment(String caseRef, boolean uasc) {
        String base = suite.url("pathway") + "/young-people/" + caseRef + "/needs-assessments";
        String location = given().header("Authorization", integration()).contentType(ContentType.JSON)
                .body(Map.of("startedOn", suite.today().minusDays(10).toString()))
                .when().post(base).then().statusCode(201).extract().header("Location");
        for (String section : List.of("HEALTH_AND_DEVELOPMENT", "EDUCATION_TRAINING_EMPLOYMENT",
                "FAMILY_AND_CONNECTED_PEOPLE", "FINANCES", "INDEPENDENT_LIVING_SKILLS",
                "CONTINUING_CARE_SUPPORT_ACCOMMODATION", "WISHES_AND_FEELINGS", "VIEWS_OF_OTHERS")) {
            given().header("Authorization", integration()).contentType(ContentType.JSON)
                    .body(Map.of("summary", "Considered with the young person."))
                    .when().put(location + "/sections/" + section).then().statusCode(200);
        }
        given().header("Authorization", integration()).contentType(ContentType.JSON)
                .body(Map.of("riskRating", "LOW", "narrative", "Assessment completed.", "completedOn", suite.today().toString()))
                .when().post(location + "/completion").then().statusCode(200);
    }

    static List<JsonNode> alerts(String caseRef, String rule) {
        Response response = given().header("Authorization", manager())
                .queryParam("caseRef", caseRef).queryParam("rule", rule)
                .when().get(suite.url("notification") + "/alerts");
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        readTree(response.asString()).path("items").forEach(items::add);
        return items;
    }

    static Optional<JsonNode> alert(String caseRef, String rule) {
        return alerts(caseRef, rule).stream().findFirst();
    }

    static JsonNode awaitAlert(String caseRef, String rule, String status) {
        return awaitAlert(caseRef, rule, status, null);
    }

    static JsonNode awaitAlert(String caseRef, String rule, String status, String severity) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> alert(caseRef, rule)
                        .filter(a -> a.path("status").asText().equals(status))
                        .filter(a -> severity == null || a.path("severity").asText().equals(severity))
                        .orElse(null), a -> a != null);
    }

    static JsonNode awaitWebhook(String type, String caseRef, String rule) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> receiver.received().stream()
                        .map(r -> readTree(r.body()))
                        .filter(n -> n.path("type").asText().equals(type))
                        .filter(n -> n.path("data").path("caseRef").asText().equals(caseRef))
                        .filter(n -> n.path("data").path("rule").asText().equals(rule))
                        .findFirst().orElse(null), n -> n != null);
    }

    static void assertNoPersonalData(JsonNode notification) {
        String text = notification.toString();
        for (String name : SYNTHETIC_NAMES) {
            assertFalse(text.contains(name), "a webhook carried a name");
        }
        assertFalse(text.contains("dateOfBirth"), "a webhook carried a date of birth");
    }

    static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
