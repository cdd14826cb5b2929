package org.leavingcare.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class StandardResponsesTest {

    static OpenAPI document() {
        Operation read = OASFactory.createOperation().operationId("getYoungPerson")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        Operation write = OASFactory.createOperation().operationId("putYoungPerson")
                .requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("created"))
                        .addAPIResponse("400", OASFactory.createAPIResponse().description("the operation's own")));
        Operation list = OASFactory.createOperation().operationId("listYoungPeople")
                .addParameter(OASFactory.createParameter().name("team").in(Parameter.In.QUERY))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        Operation plain = OASFactory.createOperation().operationId("listRules")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/young-people/{caseRef}", OASFactory.createPathItem().GET(read).PUT(write))
                .addPathItem("/young-people", OASFactory.createPathItem().GET(list))
                .addPathItem("/rules", OASFactory.createPathItem().GET(plain)));
    }

    static Set<String> codes(OpenAPI api, String path, PathItem.HttpMethod method) {
        return new TreeSet<>(api.getPaths().getPathItem(path).getOperations().get(method).getResponses().getAPIResponses().keySet());
    }

    @Test
    void everyOperationListsTheProblemsThePlatformCanAnswer() {
        OpenAPI api = document();
        new StandardResponses().filterOpenAPI(api);
        assertEquals(Set.of("200", "400", "401", "403", "404", "414", "429", "503"),
                codes(api, "/young-people/{caseRef}", PathItem.HttpMethod.GET));
        assertEquals(Set.of("201", "400", "401", "403", "404", "413", "414", "415", "429", "503"),
                codes(api, "/young-people/{caseRef}", PathItem.HttpMethod.PUT));
        assertEquals(Set.of("200", "400", "401", "403", "414", "429", "503"),
                codes(api, "/young-people", PathItem.HttpMethod.GET));
        assertEquals(Set.of("200", "401", "403", "414", "429", "503"), codes(api, "/rules", PathItem.HttpMethod.GET));
    }

    @Test
    void anOperationsOwnResponseIsKept() {
        OpenAPI api = document();
        new StandardResponses().filterOpenAPI(api);
        assertEquals("the operation's own", api.getPaths().getPathItem("/young-people/{caseRef}").getPUT()
                .getResponses().getAPIResponse("400").getDescription());
    }

    @Test
    void problemsAreProblemJsonWithTheSharedSchemaAndEveryOperationNeedsTheBearerToken() {
        OpenAPI api = document();
        new StandardResponses().filterOpenAPI(api);
        var response = api.getPaths().getPathItem("/rules").getGET().getResponses().getAPIResponse("429");
        assertEquals("#/components/schemas/Problem",
                response.getContent().getMediaType("application/problem+json").getSchema().getRef());
        assertNotNull(api.getComponents().getSchemas().get("Problem"));
        assertNotNull(api.getComponents().getSchemas().get("FieldViolation"));
        assertNotNull(api.getComponents().getSecuritySchemes().get("bearer"));
        assertEquals(1, api.getPaths().getPathItem("/rules").getGET().getSecurity().size());
        assertEquals(1, api.getServers().size());
    }
}
