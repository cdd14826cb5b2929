package org.leavingcare.pathway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.leavingcare.pathway.Fixtures.PROBLEM;
import static org.leavingcare.pathway.Fixtures.get;
import static org.leavingcare.pathway.Fixtures.inCare;
import static org.leavingcare.pathway.Fixtures.post;
import static org.leavingcare.pathway.Fixtures.put;
import static org.leavingcare.pathway.Fixtures.sw;

/** Needs assessments and changes of circumstance; the clock is fixed at 2026-03-01. */
@QuarkusTest
class NeedsAssessmentsResourceTest {

    static final List<String> GENERAL = List.of("HEALTH_AND_DEVELOPMENT", "EDUCATION_TRAINING_EMPLOYMENT",
            "FAMILY_AND_CONNECTED_PEOPLE", "FINANCES", "INDEPENDENT_LIVING_SKILLS",
            "CONTINUING_CARE_SUPPORT_ACCOMMODATION", "WISHES_AND_FEELINGS", "VIEWS_OF_OTHERS");
    static final String COMPLETION = """
            {"riskRating": "MEDIUM", "narrative": "Settled; needs help with budgeting.", "completedOn": "2026-02-20"}""";

    static int start(String caseRef, String body) {
        return post("/young-people/" + caseRef + "/needs-assessments", body).statusCode(201)
                .header("Location", containsString("/young-people/" + caseRef + "/needs-assessments/"))
                .extract().path("id");
    }

    static void writeSections(String caseRef, int id, List<String> sections) {
        for (String section : sections) {
            put("/young-people/" + caseRef + "/needs-assessments/" + id + "/sections/" + section,
                    "{\"summary\": \"Findings for " + section + "\"}").statusCode(200);
        }
    }

    @Test
    void anAssessmentIsStartedFilledInAndCompletedOnTime() {
        // 16 on 2025-12-01, eligible then, due 2026-03-01
        inCare("NA-1", "2009-12-01", "north", "2023-09-01");
        get("/young-people/NA-1").body("needsAssessment.status", equalTo("DUE_SOON"));
        int id = start("NA-1", "{\"startedOn\": \"2026-02-01\"}");
        get("/young-people/NA-1/needs-assessments/" + id).statusCode(200)
                .body("startedOn", equalTo("2026-02-01")).body("startedBy", equalTo("sw-1"))
                .body("missingSections", hasSize(8))
                .body("requiredSections", not(hasItem("ASYLUM_OR_TRAFFICKING_NEEDS")));
        writeSections("NA-1", id, GENERAL);
        post("/young-people/NA-1/needs-assessments/" + id + "/completion", COMPLETION).statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("completedOn", equalTo("2026-02-20")).body("completedBy", equalTo("sw-1"))
                .body("riskRating", equalTo("MEDIUM")).body("missingSections", empty())
                .body("sections", hasSize(8));
        get("/young-people/NA-1").body("needsAssessment.status", equalTo("COMPLETED"))
                .body("needsAssessment.daysLate", equalTo(0))
                .body("needsAssessment.startedOn", equalTo("2026-02-01"))
                .body("needsAssessment.completedOn", equalTo("2026-02-20"));
        get("/young-people/NA-1/needs-assessments").body("id", hasItem(id));
    }

    @Test
    void completionWithMissingSectionsIsA422ListingThem() {
        inCare("NA-2", "2009-12-01", "north", "2023-09-01");
        int id = start("NA-2", "{\"startedOn\": \"2026-02-01\"}");
        writeSections("NA-2", id, GENERAL.subList(0, 6));
        post("/young-people/NA-2/needs-assessments/" + id + "/completion", COMPLETION).statusCode(422)
                .contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("sections.WISHES_AND_FEELINGS", "sections.VIEWS_OF_OTHERS"))
                .body("detail", containsString("WISHES_AND_FEELINGS"));
        get("/young-people/NA-2/needs-assessments/" + id).body("completedOn", nullValue());
    }

    @Test
    void anUnaccompaniedYoungPersonsAssessmentNeedsTheAsylumSection() {
        put("/young-people/NA-3", """
                {"givenName": "T", "familyName": "P", "dateOfBirth": "2009-12-01", "socialWorker": "sw-1", "uasc": true}""").statusCode(201);
        put("/young-people/NA-3/care-episodes", """
                {"episodes": [{"start": "2024-09-01", "legalStatus": "V2"}]}""").statusCode(200);
        int id = start("NA-3", "{\"startedOn\": \"2026-02-01\"}");
        writeSections("NA-3", id, GENERAL);
        post("/young-people/NA-3/needs-assessments/" + id + "/completion", COMPLETION).statusCode(422)
                .body("violations.field", equalTo(List.of("sections.ASYLUM_OR_TRAFFICKING_NEEDS")));
        writeSections("NA-3", id, List.of("ASYLUM_OR_TRAFFICKING_NEEDS"));
        post("/young-people/NA-3/needs-assessments/" + id + "/completion", COMPLETION).statusCode(200);
        get("/young-people/NA-3").body("needsAssessment.asylumSectionCompleted", equalTo(true));
    }

    @Test
    void aSecondAssessmentInProgressIs409AndACompletedOneCannotChange() {
        inCare("NA-4", "2009-12-01", "north", "2023-09-01");
        int id = start("NA-4", "{}");
        post("/young-people/NA-4/needs-assessments", "{}").statusCode(409).contentType(PROBLEM);
        writeSections("NA-4", id, GENERAL);
        post("/young-people/NA-4/needs-assessments/" + id + "/completion", COMPLETION.replace(", \"completedOn\": \"2026-02-20\"", ""))
                .statusCode(200).body("completedOn", equalTo("2026-03-01"));
        put("/young-people/NA-4/needs-assessments/" + id + "/sections/FINANCES", "{\"summary\": \"late\"}")
                .statusCode(409).contentType(PROBLEM);
        post("/young-people/NA-4/needs-assessments/" + id + "/completion", COMPLETION).statusCode(409);
    }

    @Test
    void aLateCompletionCountsTheDaysLate() {
        // 16 on 2025-10-01: due 2026-01-01, completed 2026-01-11
        inCare("NA-5", "2009-10-01", "north", "2023-09-01");
        get("/young-people/NA-5").body("needsAssessment.status", equalTo("OVERDUE"));
        int id = start("NA-5", "{\"startedOn\": \"2025-12-01\"}");
        writeSections("NA-5", id, GENERAL);
        post("/young-people/NA-5/needs-assessments/" + id + "/completion", COMPLETION.replace("2026-02-20", "2026-01-11"))
                .statusCode(200);
        get("/young-people/NA-5").body("needsAssessment.status", equalTo("COMPLETED"))
                .body("needsAssessment.daysLate", equalTo(10));
    }

    @Test
    void badDatesSectionsAndIdsAreRefused() {
        inCare("NA-6", "2009-12-01", "north", "2023-09-01");
        post("/young-people/NA-6/needs-assessments", "{\"startedOn\": \"2026-03-02\"}").statusCode(422)
                .body("violations[0].field", equalTo("startedOn"));
        post("/young-people/NA-6/needs-assessments", "{\"startedOn\": \"2009-11-30\"}").statusCode(422)
                .body("violations[0].field", equalTo("startedOn"));
        int id = start("NA-6", "{\"startedOn\": \"2026-02-10\"}");
        put("/young-people/NA-6/needs-assessments/" + id + "/sections/HOBBIES", "{\"summary\": \"x\"}").statusCode(400)
                .body("violations[0].field", equalTo("section"));
        put("/young-people/NA-6/needs-assessments/" + id + "/sections/FINANCES", "{\"summary\": \"\"}").statusCode(400)
                .body("violations[0].field", equalTo("summary"));
        put("/young-people/NA-6/needs-assessments/999999/sections/FINANCES", "{\"summary\": \"x\"}").statusCode(404);
        get("/young-people/NA-6/needs-assessments/999999").statusCode(404).contentType(PROBLEM);
        writeSections("NA-6", id, GENERAL);
        post("/young-people/NA-6/needs-assessments/" + id + "/completion", COMPLETION.replace("2026-02-20", "2026-02-09"))
                .statusCode(422).body("violations[0].field", equalTo("completedOn"));
        post("/young-people/NA-6/needs-assessments/" + id + "/completion", COMPLETION.replace("2026-02-20", "2026-03-02"))
                .statusCode(422).body("violations[0].field", equalTo("completedOn"));
        post("/young-people/NA-6/needs-assessments/" + id + "/completion", "{\"narrative\": \"x\"}")
                .statusCode(400).body("violations[0].field", equalTo("riskRating"));
        post("/young-people/NOBODY-NA/needs-assessments", "{}").statusCode(404);
    }

    @Test
    void aStaleIfMatchOnAnAssessmentIs412() {
        String etag = given().header("Authorization", sw()).contentType(ContentType.JSON)
                .body("{\"givenName\": \"T\", \"familyName\": \"P\", \"dateOfBirth\": \"2009-12-01\", \"socialWorker\": \"sw-1\"}")
                .when().put("/young-people/NA-7").then().statusCode(201).extract().header("ETag");
        post("/young-people/NA-7/changes-of-circumstance", "{\"kind\": \"OTHER\", \"occurredOn\": \"2026-01-01\"}")
                .statusCode(201);
        given().header("Authorization", sw()).header("If-Match", etag).contentType(ContentType.JSON).body("{}")
                .when().post("/young-people/NA-7/needs-assessments").then().statusCode(412).contentType(PROBLEM);
        get("/young-people/NA-7/needs-assessments").body("$", empty());
    }

    @Test
    void aChangeOfCircumstanceAfterAnAssessmentMakesAReassessmentDueUntilANewerOneIsCompleted() {
        inCare("NA-8", "2009-12-01", "north", "2023-09-01");
        int first = start("NA-8", "{\"startedOn\": \"2026-01-10\"}");
        writeSections("NA-8", first, GENERAL);
        post("/young-people/NA-8/needs-assessments/" + first + "/completion", COMPLETION.replace("2026-02-20", "2026-01-20"))
                .statusCode(200);
        post("/young-people/NA-8/changes-of-circumstance", """
                {"kind": "PLACEMENT_BREAKDOWN", "occurredOn": "2026-02-01", "summary": "Ended at short notice"}""")
                .statusCode(201).header("Location", containsString("/changes-of-circumstance/"))
                .body("kind", equalTo("PLACEMENT_BREAKDOWN")).body("recordedBy", equalTo("sw-1"));
        // NA-6: due 28 days after the change, 2026-02-29 does not exist so 2026-03-01; today is the deadline
        get("/young-people/NA-8").body("needsAssessment.reassessmentDueOn", equalTo("2026-03-01"))
                .body("needsAssessment.status", equalTo("DUE_SOON"));
        get("/young-people/NA-8/changes-of-circumstance").body("kind", equalTo(List.of("PLACEMENT_BREAKDOWN")));
        int second = start("NA-8", "{\"startedOn\": \"2026-02-10\"}");
        writeSections("NA-8", second, GENERAL);
        post("/young-people/NA-8/needs-assessments/" + second + "/completion", COMPLETION).statusCode(200);
        get("/young-people/NA-8").body("needsAssessment.reassessmentDueOn", nullValue())
                .body("needsAssessment.status", equalTo("COMPLETED"))
                .body("needsAssessment.completedOn", equalTo("2026-01-20"));
    }

    @Test
    void badChangesOfCircumstanceAreRefused() {
        inCare("NA-9", "2009-12-01", "north", "2023-09-01");
        post("/young-people/NA-9/changes-of-circumstance", "{\"kind\": \"MOVED\", \"occurredOn\": \"2026-01-01\"}")
                .statusCode(400).body("violations[0].field", equalTo("kind"));
        post("/young-people/NA-9/changes-of-circumstance", "{\"kind\": \"CUSTODY\"}")
                .statusCode(400).body("violations[0].field", equalTo("occurredOn"));
        post("/young-people/NA-9/changes-of-circumstance", "{\"kind\": \"CUSTODY\", \"occurredOn\": \"2026-03-02\"}")
                .statusCode(422).body("violations[0].field", equalTo("occurredOn"));
        get("/young-people/NA-9/changes-of-circumstance").body("$", empty());
        get("/young-people/NA-9/changes-of-circumstance/").statusCode(200);
    }

    @Test
    void theLocationOfAStartedAssessmentReadsIt() {
        inCare("NA-10", "2009-12-01", "north", "2023-09-01");
        String location = post("/young-people/NA-10/needs-assessments", "{}").statusCode(201).extract().header("Location");
        given().header("Authorization", sw()).when().get(location).then().statusCode(200)
                .body("caseRef", equalTo("NA-10")).body("id", org.hamcrest.Matchers.notNullValue());
        org.junit.jupiter.api.Assertions.assertTrue(location.matches(".*/needs-assessments/\\d+"), location);
        get("/young-people/NA-10/needs-assessments").body("$", hasSize(1)).body("[0].caseRef", endsWith("10"));
    }

    @Test
    void anAssessmentCompletedLongBeforeEligibilityDoesNotMeetNa1() {
        // in care since 2023-09-01, 16 on 2026-01-10 and eligible then: due 2026-04-10, counting from 2025-10-10
        inCare("NA-EARLY", "2010-01-10", "early", "2023-09-01");
        int id = post("/young-people/NA-EARLY/needs-assessments", "{\"startedOn\": \"2025-06-01\"}").statusCode(201)
                .extract().path("id");
        writeSections("NA-EARLY", id, GENERAL);
        post("/young-people/NA-EARLY/needs-assessments/" + id + "/completion",
                "{\"riskRating\": \"LOW\", \"narrative\": \"n\", \"completedOn\": \"2025-06-20\"}").statusCode(200);
        get("/young-people/NA-EARLY").statusCode(200).body("needsAssessment.dueOn", equalTo("2026-04-10"))
                .body("needsAssessment.status", equalTo("DUE")).body("needsAssessment.completedOn", equalTo("2025-06-20"))
                .body("pathwayPlanStatus", equalTo("NOT_DUE"));
        get("/young-people?team=early&needsAssessmentStatus=DUE").body("items.caseRef", hasItem("NA-EARLY"));
        // one completed within the window meets it
        int again = post("/young-people/NA-EARLY/needs-assessments", "{\"startedOn\": \"2026-02-01\"}").statusCode(201)
                .extract().path("id");
        writeSections("NA-EARLY", again, GENERAL);
        post("/young-people/NA-EARLY/needs-assessments/" + again + "/completion",
                "{\"riskRating\": \"LOW\", \"narrative\": \"n\", \"completedOn\": \"2026-02-10\"}").statusCode(200);
        get("/young-people/NA-EARLY").body("needsAssessment.status", equalTo("COMPLETED"))
                .body("needsAssessment.completedOn", equalTo("2026-02-10")).body("needsAssessment.daysLate", equalTo(0));
        get("/young-people?team=early&needsAssessmentStatus=COMPLETED").body("items.caseRef", hasItem("NA-EARLY"));
    }
}
