package org.leavingcare.pathway;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.leavingcare.testsupport.TestTokens;

import static io.restassured.RestAssured.given;

/** Small helpers shared by the resource tests. The clock is fixed at 2026-03-01. */
public final class Fixtures {

    public static final String PROBLEM = "application/problem+json";

    private Fixtures() {
    }

    public static String sw() {
        return TestTokens.bearer("social-worker", "sw-1", "north");
    }

    /** The council's case-management system: sees and writes every young person. */
    public static String cms() {
        return TestTokens.bearer("integration", "cms");
    }

    /** A young person on sw-1's caseload whose plans {@code iro} reviews. */
    public static String person(String dob, String team, String iro) {
        return """
                {"givenName": "Tessaly", "familyName": "Perrowne", "dateOfBirth": "%s", "team": "%s", "socialWorker": "sw-1",
                 "reviewingOfficer": "%s"}""".formatted(dob, team, iro);
    }

    public static String service() {
        return TestTokens.bearer("service", "leaver-service");
    }

    /** A young person on sw-1's own caseload (so the social worker who records them may see them, whatever the team). */
    public static String person(String dob, String team) {
        return """
                {"givenName": "Tessaly", "familyName": "Perrowne", "dateOfBirth": "%s", "team": "%s", "socialWorker": "sw-1"}"""
                .formatted(dob, team);
    }

    public static ValidatableResponse put(String path, String body) {
        return given().header("Authorization", sw()).contentType(ContentType.JSON).body(body)
                .when().put(path).then();
    }

    public static ValidatableResponse post(String path, String body) {
        return given().header("Authorization", sw()).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    public static ValidatableResponse get(String path) {
        return given().header("Authorization", sw()).when().get(path).then();
    }

    /** Creates a young person and gives them one open care episode from {@code inCareSince}. */
    public static void inCare(String caseRef, String dob, String team, String inCareSince) {
        put("/young-people/" + caseRef, person(dob, team)).statusCode(201);
        put("/young-people/" + caseRef + "/care-episodes", """
                {"episodes": [{"start": "%s", "legalStatus": "C2", "placementType": "U1"}]}""".formatted(inCareSince))
                .statusCode(200);
    }
}
