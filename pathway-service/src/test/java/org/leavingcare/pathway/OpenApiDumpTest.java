package org.leavingcare.pathway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;

@QuarkusTest
class OpenApiDumpTest {
    @Test
    void dump() throws Exception {
        String yaml = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200).extract().asString();
        String json = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        Files.writeString(Path.of(System.getProperty("openapi.out", "/tmp/openapi-dump/after2") + ".yaml"), yaml);
        Files.writeString(Path.of(System.getProperty("openapi.out", "/tmp/openapi-dump/after2") + ".json"), json);
    }
}
