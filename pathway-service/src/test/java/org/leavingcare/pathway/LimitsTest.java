package org.leavingcare.pathway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.leavingcare.pathway.Fixtures.PROBLEM;
import static org.leavingcare.pathway.Fixtures.sw;

/** docs/access-and-audit.md, "Limits": bounded request bodies and page sizes. */
@QuarkusTest
class LimitsTest {

    @Test
    void aBodyOverTheLimitIs413ProblemJson() {
        String big = "{\"givenName\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        given().header("Authorization", sw()).contentType(ContentType.JSON).body(big)
                .when().put("/young-people/LIM-1").then().statusCode(413).contentType(PROBLEM)
                .body("status", equalTo(413));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413TooAndWritesNothing() throws Exception {
        byte[] big = ("{\"givenName\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}").getBytes();
        // a body of unknown length goes out chunked, with no Content-Length to refuse it by
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                                + "/young-people/LIM-2"))
                .header("Authorization", sw()).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        // Quarkus cuts it off while reading, with its own 413 (no problem body: the status is all a client gets)
        org.junit.jupiter.api.Assertions.assertEquals(413, response.statusCode());
        given().header("Authorization", sw()).when().get("/young-people/LIM-2").then().statusCode(404);
    }

    @Test
    void pageSizesAreBounded() {
        given().header("Authorization", sw()).when().get("/young-people?size=201").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        given().header("Authorization", Fixtures.service()).when().get("/events?limit=501").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }
}
