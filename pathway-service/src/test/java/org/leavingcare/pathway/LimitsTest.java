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
        given().header("Authorization", sw()).header("X-Correlation-Id", "corr-lim-413")
                .contentType(ContentType.JSON).body(big)
                .when().put("/young-people/LIM-1").then().statusCode(413).contentType(PROBLEM)
                .header("X-Correlation-Id", "corr-lim-413")
                .body("status", equalTo(413)).body("title", equalTo("Content Too Large"))
                .body("detail", equalTo("The request body is larger than 1048576 bytes"));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413TooAndWritesNothing() throws Exception {
        byte[] big = ("{\"givenName\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}").getBytes();
        // this run's own id: the test log is appended to by every run
        String correlationId = "corr-lim-chunked-" + java.util.UUID.randomUUID();
        // a body of unknown length goes out chunked, with no Content-Length to refuse it by
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                                + "/young-people/LIM-2"))
                .header("Authorization", sw()).header("Content-Type", "application/json")
                .header("X-Correlation-Id", correlationId)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build();
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        try {
            java.net.http.HttpResponse<String> response = client.send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            // Quarkus cuts it off while reading, with its own 413 (no problem body: the status is all a client gets)
            org.junit.jupiter.api.Assertions.assertEquals(413, response.statusCode());
            org.junit.jupiter.api.Assertions.assertEquals(correlationId,
                    response.headers().firstValue("X-Correlation-Id").orElse(null));
        } catch (java.io.IOException e) {
            // the server answered 413 and closed the connection while the client was still sending: the client
            // may see the reset instead of the status; the server's log below says what it answered
        }
        given().header("Authorization", sw()).when().get("/young-people/LIM-2").then().statusCode(404);
        // never the last resort's 500 path ("Unexpected error") nor any ERROR: the read failure is known to be the limit's
        java.util.List<String> lines = AuditRecordingTest.logLines(correlationId);
        org.junit.jupiter.api.Assertions.assertTrue(lines.stream().anyMatch(l -> l.contains("larger than the limit (413)")),
                String.join("\n", lines));
        org.junit.jupiter.api.Assertions.assertTrue(lines.stream().noneMatch(l -> l.contains("Unexpected")
                || l.matches("^\\S+ \\S+ ERROR .*")), String.join("\n", lines));
    }

    @Test
    void pageSizesAreBounded() {
        given().header("Authorization", sw()).when().get("/young-people?size=201").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        given().header("Authorization", Fixtures.service()).when().get("/events?limit=501").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }
}
