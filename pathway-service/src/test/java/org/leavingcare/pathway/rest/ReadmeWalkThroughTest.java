package org.leavingcare.pathway.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.leavingcare.pathway.Fixtures.get;
import static org.leavingcare.pathway.Fixtures.post;
import static org.leavingcare.pathway.Fixtures.put;

/** The Swagger UI walk-through of the README, step by step, as of 2026-03-01. */
@QuarkusTest
class ReadmeWalkThroughTest {

    @Test
    void theReadmeWalkThroughWorksAsDescribed() {
        put("/young-people/DEMO-1", """
                {"givenName": "Sam", "familyName": "Demo", "dateOfBirth": "2009-12-20", "team": "north"}""").statusCode(201);
        get("/young-people/DEMO-1").body("category", equalTo("NOT_A_CARE_LEAVER"))
                .body("needsAssessment.status", equalTo("NOT_DUE")).body("birthdays.sixteenth", equalTo("2025-12-20"));

        String episodes = """
                {"episodes": [{"start": "2025-06-01", "end": "2025-08-01", "legalStatus": "V2", "reasonCeased": "E13"},
                 {"start": "2026-01-01", "legalStatus": "C2", "placementType": "U1"}]}""";
        put("/young-people/DEMO-1/care-episodes", episodes.replace("\"V2\"", "\"V3\"")).statusCode(200)
                .body("eligibilityDate", equalTo("2026-04-01")).body("category", equalTo("LOOKED_AFTER"));
        put("/young-people/DEMO-1/care-episodes", episodes).statusCode(200)
                .body("category", equalTo("ELIGIBLE")).body("eligibilityDate", equalTo("2026-01-30"))
                .body("needsAssessment.dueOn", equalTo("2026-04-30")).body("needsAssessment.status", equalTo("DUE"))
                .body("categoryTimeline.category", equalTo(List.of("LOOKED_AFTER", "NOT_A_CARE_LEAVER", "LOOKED_AFTER",
                        "ELIGIBLE", "FORMER_RELEVANT")));
        put("/young-people/DEMO-1/care-episodes", episodes.replace("\"end\": \"2025-08-01\"", "\"end\": \"2025-05-01\""))
                .statusCode(422).body("violations[0].field", equalTo("episodes[0].end"));

        int id = post("/young-people/DEMO-1/needs-assessments", "{\"startedOn\": \"2026-02-20\"}").statusCode(201)
                .body("missingSections", hasSize(8)).extract().path("id");
        String completion = "{\"riskRating\": \"LOW\", \"narrative\": \"Doing well\", \"completedOn\": \"2026-02-27\"}";
        put("/young-people/DEMO-1/needs-assessments/" + id + "/sections/FINANCES", "{\"summary\": \"Budgeting\"}").statusCode(200);
        post("/young-people/DEMO-1/needs-assessments/" + id + "/completion", completion).statusCode(422)
                .body("violations", hasSize(7));
        NeedsAssessmentsResourceTest.writeSections("DEMO-1", id, NeedsAssessmentsResourceTest.GENERAL);
        post("/young-people/DEMO-1/needs-assessments/" + id + "/completion", completion).statusCode(200);
        get("/young-people/DEMO-1").body("needsAssessment.status", equalTo("COMPLETED"))
                .body("needsAssessment.daysLate", equalTo(0));

        post("/young-people/DEMO-1/changes-of-circumstance", "{\"kind\": \"PLACEMENT_MOVE\", \"occurredOn\": \"2026-03-01\"}")
                .statusCode(201);
        get("/young-people/DEMO-1").body("needsAssessment.reassessmentDueOn", equalTo("2026-03-29"))
                .body("needsAssessment.status", equalTo("DUE_SOON"));
    }
}
