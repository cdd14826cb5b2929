package org.leavingcare.pathway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.leavingcare.pathway.domain.plan.PathwayPlanClock;
import org.leavingcare.pathway.feed.ChangeFeedTest;
import org.leavingcare.testsupport.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leavingcare.pathway.Fixtures.PROBLEM;
import static org.leavingcare.pathway.Fixtures.get;
import static org.leavingcare.pathway.Fixtures.inCare;
import static org.leavingcare.pathway.Fixtures.person;
import static org.leavingcare.pathway.Fixtures.post;
import static org.leavingcare.pathway.Fixtures.put;
import static org.leavingcare.pathway.Fixtures.sw;

/** Pathway plans, their versions, responses, reviews, IRO decisions and disputes; the clock is fixed at 2026-03-01, a Sunday. */
@QuarkusTest
class PathwayPlansResourceTest {

    static final List<String> SECTIONS = List.of("CONTACT_AND_SUPPORT", "EDUCATION_TRAINING", "EMPLOYMENT_PURPOSEFUL_ACTIVITY",
            "ACCOMMODATION", "FAMILY_SOCIAL_RELATIONSHIPS", "INDEPENDENT_LIVING_SKILLS", "FINANCES", "HEALTH", "IDENTITY",
            "CONTINGENCY");

    static String content(String summary, List<String> sections, String triplePlan) {
        String body = sections.stream().map(s -> "{\"section\": \"" + s + "\", \"summary\": \"" + summary + " " + s + "\""
                        + (s.equals("ACCOMMODATION") ? ", \"accommodationSuitable\": true" : "")
                        + ", \"actions\": [{\"action\": \"Do " + s + "\", \"owner\": \"pa-1\", \"targetDate\": \""
                        + (s.equals("FINANCES") ? "2026-02-01" : "2026-06-01") + "\"}]}")
                .collect(Collectors.joining(", "));
        return "{\"sections\": [" + body + "], \"triplePlan\": " + triplePlan + "}";
    }

    static final String FULL = content("Plan", SECTIONS, "null");

    /** A young person in care with a completed assessment (completed on {@code completedOn}). */
    static void assessed(String caseRef, String completedOn) {
        inCare(caseRef, "2010-01-10", "plans", "2023-09-01");
        int id = post("/young-people/" + caseRef + "/needs-assessments", "{\"startedOn\": \"2026-01-10\"}").statusCode(201)
                .extract().path("id");
        NeedsAssessmentsResourceTest.writeSections(caseRef, id, NeedsAssessmentsResourceTest.GENERAL);
        post("/young-people/" + caseRef + "/needs-assessments/" + id + "/completion",
                "{\"riskRating\": \"LOW\", \"narrative\": \"n\", \"completedOn\": \"" + completedOn + "\"}").statusCode(200);
    }

    static int plan(String caseRef, String body) {
        return post("/young-people/" + caseRef + "/pathway-plans", body).statusCode(201)
                .header("Location", containsString("/young-people/" + caseRef + "/pathway-plans/"))
                .header("ETag", notNullValue())
                .extract().path("id");
    }

    static String path(String caseRef, int id) {
        return "/young-people/" + caseRef + "/pathway-plans/" + id;
    }

    @Test
    void aPlanNeedsACompletedAssessmentAndThereIsOnePerYoungPerson() {
        inCare("PP-1", "2010-01-10", "plans", "2023-09-01");
        post("/young-people/PP-1/pathway-plans", FULL).statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("needsAssessment"));
        get("/young-people/PP-1").body("pathwayPlanStatus", equalTo("NOT_DUE")).body("pathwayPlan", nullValue());
        PathwayPlansResourceTest.assessedAgain("PP-1");
        int id = plan("PP-1", FULL);
        get(path("PP-1", id)).statusCode(200).header("ETag", notNullValue())
                .body("status", equalTo("DRAFT")).body("createdBy", equalTo("sw-1"))
                .body("content.sections", hasSize(10))
                .body("overdueActions.section", equalTo(List.of("FINANCES")));
        get("/young-people/PP-1").body("pathwayPlanStatus", equalTo("STARTED")).body("pathwayPlan.planId", equalTo(id));
        post("/young-people/PP-1/pathway-plans", FULL).statusCode(409).contentType(PROBLEM);
        get("/young-people/PP-1/pathway-plans").body("id", equalTo(List.of(id)));
    }

    static void assessedAgain(String caseRef) {
        int id = post("/young-people/" + caseRef + "/needs-assessments", "{\"startedOn\": \"2026-01-10\"}").statusCode(201)
                .extract().path("id");
        NeedsAssessmentsResourceTest.writeSections(caseRef, id, NeedsAssessmentsResourceTest.GENERAL);
        post("/young-people/" + caseRef + "/needs-assessments/" + id + "/completion",
                "{\"riskRating\": \"LOW\", \"narrative\": \"n\", \"completedOn\": \"2026-02-20\"}").statusCode(200);
    }

    @Test
    void noPlanWithinTwentyEightDaysOfTheAssessmentIsPlanOverdue() {
        assessed("PP-2", "2026-01-31");
        get("/young-people/PP-2").body("pathwayPlanStatus", equalTo("PLAN_OVERDUE"));
        assessed("PP-3", "2026-02-01");
        get("/young-people/PP-3").body("pathwayPlanStatus", equalTo("DUE"));
        get("/young-people?team=plans&pathwayPlanStatus=PLAN_OVERDUE").statusCode(200)
                .body("items.caseRef", hasItem("PP-2")).body("items.caseRef", org.hamcrest.Matchers.not(hasItem("PP-3")))
                .body("items.find { it.caseRef == 'PP-2' }.pathwayPlanStatus", equalTo("PLAN_OVERDUE"));
        get("/young-people?team=plans&pathwayPlanStatus=DUE").body("items.caseRef", hasItem("PP-3"));
        get("/young-people?pathwayPlanStatus=LATE").statusCode(400).body("violations[0].field", equalTo("pathwayPlanStatus"));
    }

    @Test
    void agreedVersionsAreKeptAndAChangeNeedsANewAgreement() {
        assessed("PP-4", "2026-02-20");
        int id = plan("PP-4", content("Draft", SECTIONS.subList(0, 8), "null"));
        post(path("PP-4", id) + "/agreement", "{}").statusCode(422).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("sections.IDENTITY", "sections.CONTINGENCY"));
        String etag = get(path("PP-4", id)).extract().header("ETag");
        String next = given().header("Authorization", sw()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(FULL).when().put(path("PP-4", id)).then().statusCode(200).extract().header("ETag");
        post(path("PP-4", id) + "/agreement", "{}").statusCode(200)
                .body("status", equalTo("AGREED")).body("agreedVersion", equalTo(1)).body("agreedOn", equalTo("2026-03-01"))
                .body("agreedWithoutYoungPersonResponse", equalTo(true))
                .body("nextReviewDue", equalTo("2026-09-01")).body("reviewStatus", equalTo("ON_TRACK"));
        post(path("PP-4", id) + "/agreement", "{}").statusCode(409);
        put(path("PP-4", id), content("Second", SECTIONS, "null")).statusCode(200).body("status", equalTo("DRAFT"));
        get(path("PP-4", id) + "/versions").body("number", equalTo(List.of(1)))
                .body("[0].content.sections[0].summary", equalTo("Plan CONTACT_AND_SUPPORT"));
        post(path("PP-4", id) + "/agreement", "{}").statusCode(200).body("agreedVersion", equalTo(2));
        get(path("PP-4", id) + "/versions").body("number", equalTo(List.of(1, 2)));
        get(path("PP-4", id) + "/versions/1").statusCode(200).body("content.sections[0].summary", equalTo("Plan CONTACT_AND_SUPPORT"));
        get(path("PP-4", id) + "/versions/2").statusCode(200).body("content.sections[0].summary", equalTo("Second CONTACT_AND_SUPPORT"));
        get(path("PP-4", id) + "/versions/3").statusCode(404).contentType(PROBLEM);
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, next);
    }

    @Test
    void aStaleIfMatchIs412AndOfTwoConcurrentWritersOneWinsAndNothingIsLost() throws Exception {
        assessed("PP-5", "2026-02-20");
        int id = plan("PP-5", FULL);
        String etag = get(path("PP-5", id)).extract().header("ETag");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (String writer : List.of("A", "B")) {
                Callable<Response> write = () -> {
                    go.await();
                    return given().header("Authorization", sw()).header("If-Match", etag).contentType(ContentType.JSON)
                            .body(content("Writer " + writer, SECTIONS, "null")).when().put(path("PP-5", id));
                };
                answers.add(pool.submit(write));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 200) {
                    winner = response.path("content.sections[0].summary");
                } else {
                    assertEquals(PROBLEM, response.contentType());
                }
            }
            assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
            get(path("PP-5", id)).body("content.sections[0].summary", equalTo(winner));
        } finally {
            pool.shutdownNow();
        }
        given().header("Authorization", sw()).header("If-Match", etag).contentType(ContentType.JSON).body("{}")
                .when().post(path("PP-5", id) + "/agreement").then().statusCode(412);
    }

    @Test
    void anUnsettledYoungPersonNeedsATriplePlanBeforeAgreement() {
        put("/young-people/PP-6", """
                {"givenName": "T", "familyName": "P", "dateOfBirth": "2010-01-10", "team": "plans", "socialWorker": "sw-1", "uasc": true}""").statusCode(201);
        put("/young-people/PP-6/care-episodes", "{\"episodes\": [{\"start\": \"2024-09-01\", \"legalStatus\": \"V2\"}]}").statusCode(200);
        int assessment = post("/young-people/PP-6/needs-assessments", "{\"startedOn\": \"2026-01-10\"}").statusCode(201).extract().path("id");
        NeedsAssessmentsResourceTest.writeSections("PP-6", assessment, Stream.concat(NeedsAssessmentsResourceTest.GENERAL.stream(),
                Stream.of("ASYLUM_OR_TRAFFICKING_NEEDS")).toList());
        post("/young-people/PP-6/needs-assessments/" + assessment + "/completion",
                "{\"riskRating\": \"LOW\", \"narrative\": \"n\", \"completedOn\": \"2026-02-20\"}").statusCode(200);
        int id = plan("PP-6", FULL);
        get(path("PP-6", id)).body("triplePlanRequired", equalTo(true)).body("triplePlanComplete", equalTo(false));
        post(path("PP-6", id) + "/agreement", "{}").statusCode(422).body("violations[0].field", equalTo("triplePlan"));
        put(path("PP-6", id), content("Plan", SECTIONS,
                "{\"positiveDecisionBefore18\": \"stay\", \"noDecisionBefore18\": \"wait\", \"refusalOrReturn\": null}"))
                .statusCode(200).body("triplePlanComplete", equalTo(false));
        put(path("PP-6", id), content("Plan", SECTIONS,
                "{\"positiveDecisionBefore18\": \"stay\", \"noDecisionBefore18\": \"wait\", \"refusalOrReturn\": \"return\"}"))
                .statusCode(200).body("triplePlanComplete", equalTo(true));
        post(path("PP-6", id) + "/agreement", "{}").statusCode(200);
        get("/young-people/PP-6").body("pathwayPlan.triplePlanComplete", equalTo(true));
        org.junit.jupiter.api.Assertions.assertFalse(PathwayPlanClock.triplePlanRequired(true, "BRITISH_CITIZEN"));
    }

    @Test
    void theYoungPersonsResponseAndSignatureAreRecorded() {
        assessed("PP-7", "2026-02-20");
        int id = plan("PP-7", FULL);
        post(path("PP-7", id) + "/agreement", "{}").statusCode(200);
        post(path("PP-7", id) + "/young-person-response", """
                {"tookPart": true, "views": "Not yet", "agrees": false, "signed": false}""").statusCode(422)
                .body("violations[0].field", equalTo("declinedToSignReason"));
        post(path("PP-7", id) + "/young-person-response", """
                {"tookPart": true, "agrees": true, "signed": true, "declinedToSignReason": "x"}""").statusCode(422);
        post(path("PP-7", id) + "/young-person-response", """
                {"respondedOn": "2026-03-02", "tookPart": true, "agrees": true, "signed": true}""").statusCode(422)
                .body("violations[0].field", equalTo("respondedOn"));
        post(path("PP-7", id) + "/young-person-response", "{\"tookPart\": true, \"agrees\": true}").statusCode(400)
                .body("violations[0].field", equalTo("signed"));
        post(path("PP-7", id) + "/young-person-response", """
                {"tookPart": true, "views": "I want to stay near college", "agrees": false, "signed": false,
                 "declinedToSignReason": "Wants the move discussed again"}""").statusCode(200)
                .body("signedByYoungPerson", equalTo(false)).body("agreedWithoutYoungPersonResponse", equalTo(false))
                .body("youngPersonResponses[0].planVersion", equalTo(1));
        post(path("PP-7", id) + "/young-person-response", """
                {"tookPart": true, "views": "OK now", "agrees": true, "signed": true}""").statusCode(200)
                .body("signedByYoungPerson", equalTo(true));
        get("/young-people/PP-7").body("pathwayPlan.signedByYoungPerson", equalTo(true));
    }

    @Test
    void reviewsAndRequestsSetTheNextReview() {
        assessed("PP-8", "2026-02-20");
        int id = plan("PP-8", FULL);
        post(path("PP-8", id) + "/agreement", "{}").statusCode(200).body("nextReviewDue", equalTo("2026-09-01"));
        // PP-6: a request is due within 20 working days: 2026-03-27
        post(path("PP-8", id) + "/review-requests", "{\"requestedBy\": \"YOUNG_PERSON\"}").statusCode(200)
                .body("nextReviewDue", equalTo("2026-03-27")).body("reviewStatus", equalTo("DUE_SOON"))
                .body("reviewRequestedBy", equalTo("YOUNG_PERSON"));
        post(path("PP-8", id) + "/reviews", """
                {"heldOn": "2026-03-01", "chairedBy": "iro-2", "chairRole": "IRO", "outcome": "Plan fine", "changesMade": null}""")
                .statusCode(200).body("lastReviewOn", equalTo("2026-03-01")).body("nextReviewDue", equalTo("2026-09-01"))
                .body("reviews[0].chairRole", equalTo("IRO"));
        post(path("PP-8", id) + "/reviews", """
                {"heldOn": "2026-03-02", "chairedBy": "iro-2", "chairRole": "IRO", "outcome": "x"}""").statusCode(422)
                .body("violations[0].field", equalTo("heldOn"));
        post(path("PP-8", id) + "/reviews", """
                {"heldOn": "2026-03-01", "chairedBy": "iro-2", "chairRole": "CHAIR", "outcome": "x"}""").statusCode(400)
                .body("violations[0].field", equalTo("chairRole"));
        get("/young-people/PP-8").body("pathwayPlan.lastReviewOn", equalTo("2026-03-01"))
                .body("pathwayPlan.nextReviewDue", equalTo("2026-09-01"));
    }

    @Test
    void theIroAgreesOrChallengesWithAReason() {
        assessed("PP-9", "2026-02-20");
        int id = plan("PP-9", FULL);
        put("/young-people/PP-9", person("2010-01-10", "plans", "iro-7")).statusCode(200);
        String iro = TestTokens.bearer("iro", "iro-7");
        given().header("Authorization", iro).contentType(ContentType.JSON).body("{\"decision\": \"CHALLENGED\"}")
                .when().post(path("PP-9", id) + "/iro-agreement").then().statusCode(422)
                .body("violations[0].field", equalTo("reason"));
        given().header("Authorization", iro).contentType(ContentType.JSON)
                .body("{\"decision\": \"CHALLENGED\", \"reason\": \"No plan for accommodation at 18\"}")
                .when().post(path("PP-9", id) + "/iro-agreement").then().statusCode(200)
                .body("iroChallengeOpen", equalTo(true)).body("iroChallengeEscalated", equalTo(false))
                .body("agreedByIro", equalTo(false)).body("iroDecisions[0].iro", equalTo("iro-7"));
        given().header("Authorization", iro).contentType(ContentType.JSON).body("{\"decision\": \"AGREED\"}")
                .when().post(path("PP-9", id) + "/iro-agreement").then().statusCode(200)
                .body("agreedByIro", equalTo(true)).body("iroChallengeOpen", equalTo(false));
        post(path("PP-9", id) + "/iro-agreement", "{\"decision\": \"AGREED\"}").statusCode(403);
        get("/young-people/PP-9").body("pathwayPlan.agreedByIro", equalTo(true));
    }

    @Test
    void aDisputeHasItsStageOneDueInTenWorkingDays() {
        assessed("PP-10", "2026-02-20");
        int id = plan("PP-10", FULL);
        post(path("PP-10", id) + "/disputes", """
                {"kind": "COMPLAINT", "stage": 1, "raisedOn": "2026-03-01", "summary": "Disagrees with the move"}""")
                .statusCode(200).body("disputes[0].stageOneResponseDue", equalTo("2026-03-13"))
                .body("disputes[0].kind", equalTo("COMPLAINT"));
        post(path("PP-10", id) + "/disputes", "{\"kind\": \"COMPLAINT\", \"stage\": 4, \"raisedOn\": \"2026-03-01\"}")
                .statusCode(400).body("violations[0].field", equalTo("stage"));
        post(path("PP-10", id) + "/disputes", "{\"kind\": \"COMPLAINT\", \"stage\": 2, \"raisedOn\": \"2026-03-02\"}")
                .statusCode(422).body("violations[0].field", equalTo("raisedOn"));
        post(path("PP-10", id) + "/disputes", "{\"kind\": \"APPEAL\", \"stage\": 1, \"raisedOn\": \"2026-03-01\"}")
                .statusCode(400).body("violations[0].field", equalTo("kind"));
    }

    @Test
    void badPlansAndUnknownPlansAreRefused() {
        assessed("PP-11", "2026-02-20");
        post("/young-people/PP-11/pathway-plans", content("x", List.of("HEALTH", "HEALTH"), "null")).statusCode(422)
                .body("violations[0].field", equalTo("sections[1].section"));
        post("/young-people/PP-11/pathway-plans", "{\"sections\": [{\"section\": \"HEALTH\", \"summary\": \"x\", \"accommodationSuitable\": true}]}")
                .statusCode(422).body("violations[0].field", equalTo("sections[0].accommodationSuitable"));
        post("/young-people/PP-11/pathway-plans", "{\"sections\": [{\"section\": \"HOBBIES\", \"summary\": \"x\"}]}")
                .statusCode(400).body("violations[0].field", equalTo("sections[0].section"));
        post("/young-people/PP-11/pathway-plans", """
                {"sections": [{"section": "HEALTH", "summary": "x", "actions": [{"action": "GP", "owner": "pa-1"}]}]}""")
                .statusCode(400).body("violations[0].field", equalTo("sections[0].actions[0].targetDate"));
        get("/young-people/PP-11/pathway-plans/999999").statusCode(404).contentType(PROBLEM);
        int id = plan("PP-11", FULL);
        assessed("PP-12", "2026-02-20");
        get("/young-people/PP-12/pathway-plans/" + id).statusCode(404);
        put("/young-people/PP-12/pathway-plans/" + id, FULL).statusCode(404);
    }

    @Test
    void aRelevantChildInCouncilAccommodationIsReviewed28DaysAfterMovingIn() {
        // 16 on 2026-01-10, eligible, left care on 2026-02-01: relevant
        put("/young-people/PP-16", "{\"givenName\": \"T\", \"familyName\": \"P\", \"dateOfBirth\": \"2010-01-10\", \"team\": \"plans\", \"socialWorker\": \"sw-1\"}")
                .statusCode(201);
        put("/young-people/PP-16/care-episodes", """
                {"episodes": [{"start": "2023-09-01", "end": "2026-02-01", "legalStatus": "V2", "reasonCeased": "E5"}]}""")
                .statusCode(200).body("category", equalTo("RELEVANT"));
        assessedAgain("PP-16");
        String moved = FULL.replace("\"accommodationSuitable\": true", "\"accommodationSuitable\": true, \"councilAccommodationFrom\": \"2026-02-15\"");
        int id = plan("PP-16", moved);
        post(path("PP-16", id) + "/agreement", "{}").statusCode(200)
                .body("nextReviewDue", equalTo("2026-03-15")).body("reviewStatus", equalTo("DUE_SOON"));
        put(path("PP-16", id), FULL.replace("\"summary\": \"Plan HEALTH\"", "\"summary\": \"Plan HEALTH\", \"councilAccommodationFrom\": \"2026-02-15\""))
                .statusCode(422).body("violations[0].field", containsString("councilAccommodationFrom"));
    }

    @Test
    void managersListPlansByReviewStatusTeamAndSignature() {
        assessed("PP-13", "2026-02-20");
        int id = plan("PP-13", FULL);
        post(path("PP-13", id) + "/agreement", "{}").statusCode(200);
        assessed("PP-14", "2026-02-20");
        int other = plan("PP-14", FULL);
        post(path("PP-14", other) + "/review-requests", "{\"requestedBy\": \"PERSONAL_ADVISER\"}").statusCode(200);
        String manager = TestTokens.bearer("manager", "m-1", "plans");
        given().header("Authorization", manager).when().get("/pathway-plans?team=plans&reviewStatus=DUE_SOON")
                .then().statusCode(200).body("items.caseRef", hasItem("PP-14"))
                .body("items.caseRef", org.hamcrest.Matchers.not(hasItem("PP-13")));
        given().header("Authorization", manager).when().get("/pathway-plans?team=plans&signed=false")
                .then().statusCode(200).body("items.caseRef", hasItem("PP-13"))
                .body("items.find { it.caseRef == 'PP-13' }.agreedWithoutYoungPersonResponse", equalTo(true));
        given().header("Authorization", manager).when().get("/pathway-plans?reviewStatus=LATE")
                .then().statusCode(400).body("violations[0].field", equalTo("reviewStatus"));
        given().header("Authorization", TestTokens.bearer("integration", "cms")).when().get("/pathway-plans")
                .then().statusCode(403);
    }

    @Test
    void planChangesGoOnTheFeedWithThePlansDates() {
        long before = ChangeFeedTest.lastSequence();
        assessed("PP-15", "2026-02-20");
        int id = plan("PP-15", FULL);
        post(path("PP-15", id) + "/agreement", "{}").statusCode(200);
        post(path("PP-15", id) + "/young-person-response", "{\"tookPart\": true, \"agrees\": true, \"signed\": true}").statusCode(200);
        var page = ChangeFeedTest.events(before, 100);
        List<String> types = page.getList("events.type");
        assertEquals(List.of("pathway-plan.created", "pathway-plan.agreed", "pathway-plan.young-person-responded"),
                types.subList(types.size() - 3, types.size()));
        int last = types.size() - 1;
        assertEquals(id, page.getInt("events[" + last + "].data.youngPerson.pathwayPlan.planId"));
        assertEquals("2026-03-01", page.getString("events[" + last + "].data.youngPerson.pathwayPlan.agreedOn"));
        assertEquals("2026-09-01", page.getString("events[" + last + "].data.youngPerson.pathwayPlan.nextReviewDue"));
        assertEquals(true, page.getBoolean("events[" + last + "].data.youngPerson.pathwayPlan.signedByYoungPerson"));
        assertEquals(8, page.getMap("events[" + last + "].data.youngPerson.pathwayPlan").size());
    }
}
