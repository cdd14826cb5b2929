package org.leavingcare.leaver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.leavingcare.leaver.feed.PathwayFeedPoller;
import org.leavingcare.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contacts (PA-6, PA-7, PA-8), entitlements explained and circumstances. */
@QuarkusTest
class KeepingInTouchResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    PathwayFeedPoller poller;

    String youngPerson() {
        return Fixtures.youngPerson(poller, Fixtures.caseRef("K"), "2009-06-01", "north", false, false, false,
                Fixtures.timeline("ELIGIBLE", "2025-06-01", "2026-01-01", "RELEVANT", "2026-01-01", "2027-06-01"));
    }

    /** Born 2010-05-14, eligible from 16, in {@code team}. */
    String youngPerson(String team) {
        return Fixtures.youngPerson(poller, Fixtures.caseRef("K"), "2010-05-14", team, false, false, false,
                Fixtures.ELIGIBLE_AT_16);
    }

    /** The young person as a manager of north reads them. */
    static io.restassured.response.ValidatableResponse view(String caseRef) {
        return given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef).then().statusCode(200);
    }

    /** A POST to one of the young person's paths, as a manager of north. */
    static io.restassured.response.ValidatableResponse post(String caseRef, String path, String body) {
        return given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON).body(body)
                .when().post("/young-people/" + caseRef + path).then();
    }

    /** Recorded by a manager of the young person's team (north). */
    static io.restassured.response.ValidatableResponse contact(String caseRef, String body) {
        return contact(Fixtures.manager(), caseRef, body);
    }

    static io.restassured.response.ValidatableResponse contact(String token, String caseRef, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/young-people/" + caseRef + "/contacts").then();
    }

    @Test
    void contactsMoveTheDueDateAndOnlySuccessfulOnesCount() {
        String caseRef = youngPerson();
        String pa = AllocationResourceTest.adviser("north", 20, true);
        AllocationResourceTest.allocate(caseRef, "{\"adviserId\": \"" + pa + "\", \"startedOn\": \"2026-01-02\"}").statusCode(201);
        // the young person's adviser records their contacts
        contact(Fixtures.adviser(pa), caseRef, "{\"contactOn\": \"2026-02-01\", \"kind\": \"FACE_TO_FACE\", \"successful\": true, \"atAccommodation\": false}")
                .statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/contacts/"))
                .body("adviserId", equalTo(pa)).body("recordedBy", equalTo(pa)).body("kind", equalTo("FACE_TO_FACE"));
        contact(Fixtures.adviser(pa), caseRef, "{\"contactOn\": \"2026-02-20\", \"kind\": \"PHONE\", \"successful\": true, \"atAccommodation\": false}")
                .statusCode(201);
        contact(caseRef, "{\"contactOn\": \"2026-02-25\", \"kind\": \"FACE_TO_FACE\", \"successful\": false, \"atAccommodation\": true}")
                .statusCode(201).body("successful", equalTo(false));
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef)
                .then().statusCode(200)
                .body("category", equalTo("RELEVANT"))
                .body("lastSuccessfulContactOn", equalTo("2026-02-20"))
                .body("lastFaceToFaceContactOn", equalTo("2026-02-01"))
                // PA-8: 8 weeks after the last successful face-to-face contact
                .body("contactDueBy", equalTo("2026-03-29"))
                .body("contactStatus", equalTo("DUE_SOON"))
                // PA-7: 3 months after the last successful contact of any kind
                .body("lostTouchAfter", equalTo("2026-05-20"));
        given().header("Authorization", TestTokens.bearer("iro", "iro-2"))
                .when().get("/young-people/" + caseRef + "/contacts")
                .then().statusCode(200).body("contactOn", contains("2026-02-25", "2026-02-20", "2026-02-01"));
        given().header("Authorization", Fixtures.service()).queryParam("limit", 500)
                .when().get("/events")
                .then().statusCode(200)
                .body("events.findAll { it.caseRef == '" + caseRef + "' && it.type == 'contact.recorded' }", hasSize(3))
                .body("events.findAll { it.caseRef == '" + caseRef + "' }[-1].data.leaver.contactDueBy", equalTo("2026-03-29"));
    }

    @Test
    void movingIntoCouncilAccommodationNeedsAVisitWithinSevenDays() {
        String caseRef = youngPerson();
        given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON)
                .body("{\"inCustody\": false, \"parent\": true, \"languages\": [\"en\", \"ti\"], \"councilAccommodationFrom\": \"2026-02-20\"}")
                .when().put("/young-people/" + caseRef + "/circumstances")
                .then().statusCode(200)
                .body("councilAccommodationFrom", equalTo("2026-02-20"))
                .body("parent", equalTo(true)).body("languages", contains("en", "ti"))
                // base 1 + parenthood 1
                .body("weight", equalTo(2))
                // PA-6: within 7 days of the move
                .body("contactDueBy", equalTo("2026-02-27"))
                .body("contactStatus", equalTo("OVERDUE"));
        contact(caseRef, "{\"contactOn\": \"2026-02-28\", \"kind\": \"FACE_TO_FACE\", \"successful\": true, \"atAccommodation\": true}")
                .statusCode(201);
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef)
                .then().statusCode(200)
                // PA-6 visit interval 2 months is later than PA-8's 8 weeks (2026-04-25)
                .body("contactDueBy", equalTo("2026-04-25"))
                .body("contactStatus", equalTo("ON_TRACK"));
        given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON)
                .body("{\"inCustody\": false, \"parent\": false, \"councilAccommodationFrom\": \"2026-03-02\"}")
                .when().put("/young-people/" + caseRef + "/circumstances")
                .then().statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("councilAccommodationFrom"));
    }

    @Test
    void aVisitThereIsDueBeforeThePathwayPlanReview() {
        String caseRef = Fixtures.caseRef("PR");
        String snapshot = Fixtures.snapshot(caseRef, "2009-06-01", "north", false, false, false,
                Fixtures.timeline("ELIGIBLE", "2025-06-01", "2026-01-01", "RELEVANT", "2026-01-01", "2027-06-01"))
                .replace("\"pathwayPlan\": null", """
                        "pathwayPlan": {"planId": 12, "createdOn": "2025-09-01", "agreedOn": "2025-09-20",
                          "lastReviewOn": null, "nextReviewDue": "2026-02-25", "signedByYoungPerson": true,
                          "agreedByIro": true, "triplePlanComplete": false}""");
        FakePathway.publish("pathway-plan.agreed", caseRef, snapshot);
        org.junit.jupiter.api.Assertions.assertTrue(poller.catchUp());
        given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON)
                .body("{\"inCustody\": false, \"parent\": false, \"councilAccommodationFrom\": \"2026-02-20\"}")
                .when().put("/young-people/" + caseRef + "/circumstances")
                .then().statusCode(200)
                // PA-6: before the review on 2026-02-25, sooner than 7 days after the move (2026-02-27)
                .body("contactDueBy", equalTo("2026-02-24"))
                .body("contactStatus", equalTo("OVERDUE"));
    }

    @Test
    void entitlementsExplainedAreRecordedAndChangeTheStatus() {
        // 17th birthday 2026-02-10: overdue on 2026-03-01
        String caseRef = Fixtures.youngPerson(poller, Fixtures.caseRef("E"), "2009-02-10", "north", false, false, false,
                Fixtures.timeline("ELIGIBLE", "2025-02-10", "2027-02-10", "FORMER_RELEVANT", "2027-02-10", null));
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef)
                .then().statusCode(200)
                .body("entitlementsDueBy", equalTo("2026-02-10")).body("entitlementsStatus", equalTo("OVERDUE"))
                .body("entitlementsExplainedOn", nullValue());
        given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON)
                .body("{\"explainedOn\": \"2026-02-26\", \"method\": \"CONVERSATION\", \"acknowledged\": true}")
                .when().post("/young-people/" + caseRef + "/entitlements-explained")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/entitlements-explained/"))
                .body("method", equalTo("CONVERSATION")).body("acknowledged", equalTo(true));
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef)
                .then().statusCode(200)
                .body("entitlementsExplainedOn", equalTo("2026-02-26")).body("entitlementsStatus", equalTo("EXPLAINED"));
        // the young person's own social worker (sw-17 in the snapshot)
        given().header("Authorization", TestTokens.bearer("social-worker", "sw-17"))
                .when().get("/young-people/" + caseRef + "/entitlements-explained")
                .then().statusCode(200).body("explainedOn", contains("2026-02-26"));
        given().header("Authorization", Fixtures.service()).queryParam("limit", 500)
                .when().get("/events")
                .then().statusCode(200)
                .body("events.findAll { it.caseRef == '" + caseRef + "' }.type",
                        contains("allocation-due.changed", "entitlements.explained"))
                .body("events.findAll { it.caseRef == '" + caseRef + "' }[1].data.leaver.entitlementsExplainedOn",
                        equalTo("2026-02-26"));
    }

    @Test
    void aDateInTheFutureIsUnprocessable() {
        String caseRef = youngPerson();
        contact(caseRef, "{\"contactOn\": \"2026-03-02\", \"kind\": \"PHONE\", \"successful\": true, \"atAccommodation\": false}")
                .statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("contactOn"));
        contact(caseRef, "{\"contactOn\": \"2001-01-01\", \"kind\": \"PHONE\", \"successful\": true, \"atAccommodation\": false}")
                .statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("contactOn"));
        given().header("Authorization", Fixtures.manager()).contentType(ContentType.JSON)
                .body("{\"explainedOn\": \"2026-03-02\", \"method\": \"APP\", \"acknowledged\": false}")
                .when().post("/young-people/" + caseRef + "/entitlements-explained")
                .then().statusCode(422).body("violations[0].field", equalTo("explainedOn"));
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/" + caseRef + "/contacts")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aYoungPersonNotYetInTheFeedIsA404() {
        contact("NOT-YET", "{\"contactOn\": \"2026-02-02\", \"kind\": \"PHONE\", \"successful\": true, \"atAccommodation\": false}")
                .statusCode(404).contentType(PROBLEM).body("detail", endsWith("change feed"));
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/NOT-YET")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void badCircumstancesAndExplanationsAreRefusedFieldByField() {
        String caseRef = youngPerson();
        given().header("Authorization", Fixtures.adviser()).contentType(ContentType.JSON)
                .body("{\"languages\": [\"English\"]}")
                .when().put("/young-people/" + caseRef + "/circumstances")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("inCustody", "languages[0]", "parent"));
        given().header("Authorization", Fixtures.adviser()).contentType(ContentType.JSON)
                .body("{\"inCustody\": false, \"parent\": false}")
                .when().put("/young-people/NOT-YET/circumstances")
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", Fixtures.adviser()).contentType(ContentType.JSON)
                .body("{\"explainedOn\": \"2026-02-26\", \"method\": \"LEAFLET\", \"acknowledged\": true}")
                .when().post("/young-people/" + caseRef + "/entitlements-explained")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("method"))
                .body("violations[0].message", equalTo("must be one of BOOKLET, CONVERSATION, APP"));
        given().header("Authorization", TestTokens.bearer("social-worker", "sw-1")).contentType(ContentType.JSON)
                .body("{\"explainedOn\": \"2026-02-26\", \"method\": \"APP\", \"acknowledged\": true}")
                .when().post("/young-people/" + caseRef + "/entitlements-explained")
                .then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", Fixtures.manager())
                .when().get("/young-people/NOT-YET/personal-adviser")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void missingContactFieldsAreListed() {
        contact(youngPerson(), "{}")
                .statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("atAccommodation", "contactOn", "kind", "successful"));
    }

    @Test
    void aTransferDoesNotResetLostTouchOrOverdueContact() {
        String pa1 = AllocationResourceTest.adviser("north", 50, true);
        String pa2 = AllocationResourceTest.adviser("north", 50, true);
        // PA-7: the last successful contact counts, not the transfer
        String contacted = youngPerson("north");
        AllocationResourceTest.allocate(contacted, "{\"adviserId\": \"" + pa1 + "\", \"startedOn\": \"2025-10-01\"}")
                .statusCode(201);
        post(contacted, "/contacts", "{\"contactOn\": \"2025-11-01\", \"kind\": \"FACE_TO_FACE\", \"successful\": true, "
                + "\"atAccommodation\": false}").statusCode(201);
        AllocationResourceTest.allocate(contacted, "{\"adviserId\": \"" + pa2 + "\", \"startedOn\": \"2026-02-15\", "
                + "\"reason\": \"adviser left\"}").statusCode(201);
        view(contacted).body("allocatedOn", equalTo("2026-02-15"))
                .body("contactDueBy", equalTo("2025-12-27"))
                .body("lostTouchAfter", equalTo("2026-02-01"))
                .body("contactStatus", equalTo("LOST_TOUCH"));
        // before any contact: the start of the unbroken run of allocations
        String never = youngPerson("north");
        AllocationResourceTest.allocate(never, "{\"adviserId\": \"" + pa1 + "\", \"startedOn\": \"2025-10-01\"}")
                .statusCode(201);
        AllocationResourceTest.allocate(never, "{\"adviserId\": \"" + pa2 + "\", \"startedOn\": \"2026-01-10\", "
                + "\"reason\": \"adviser left\"}").statusCode(201);
        view(never).body("lostTouchAfter", equalTo("2026-01-01")).body("contactStatus", equalTo("LOST_TOUCH"));
    }

    @Test
    void anUnacknowledgedExplanationIsNotExplained() {
        String caseRef = youngPerson("north");
        post(caseRef, "/entitlements-explained", "{\"explainedOn\": \"2026-02-26\", \"method\": \"APP\", "
                + "\"acknowledged\": false}").statusCode(201);
        view(caseRef).body("entitlementsExplainedOn", nullValue())
                .body("entitlementsStatus", not(equalTo("EXPLAINED")));
        post(caseRef, "/entitlements-explained", "{\"explainedOn\": \"2026-02-27\", \"method\": \"CONVERSATION\", "
                + "\"acknowledged\": true}").statusCode(201);
        view(caseRef).body("entitlementsExplainedOn", equalTo("2026-02-27"))
                .body("entitlementsStatus", equalTo("EXPLAINED"));
    }

    @Test
    void circumstancesHonourIfMatch() {
        String caseRef = youngPerson("north");
        String etag = view(caseRef).header("ETag", notNullValue()).extract().header("ETag");
        String body = "{\"inCustody\": false, \"parent\": true, \"languages\": [\"en\"]}";
        String next = given().header("Authorization", Fixtures.manager()).header("If-Match", etag)
                .contentType(ContentType.JSON).body(body)
                .when().put("/young-people/" + caseRef + "/circumstances")
                .then().statusCode(200).body("parent", equalTo(true)).extract().header("ETag");
        assertTrue(next != null && !next.equals(etag), "a new version: " + next);
        given().header("Authorization", Fixtures.manager()).header("If-Match", etag)
                .contentType(ContentType.JSON).body("{\"inCustody\": true, \"parent\": false}")
                .when().put("/young-people/" + caseRef + "/circumstances")
                .then().statusCode(412).contentType(PROBLEM);
        view(caseRef).body("inCustody", equalTo(false)).body("parent", equalTo(true)).header("ETag", equalTo(next));
    }
}
