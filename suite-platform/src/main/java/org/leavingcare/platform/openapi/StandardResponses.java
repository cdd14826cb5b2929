package org.leavingcare.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes every service's OpenAPI document say what the shared plumbing answers, so that the document is true to
 * the code: each operation lists the problem+json responses the platform can give it (400, 401, 403, 404, 413,
 * 414, 415, 429, 503), the bearer scheme it needs, and the servers it is reached at
 * ({@code platform.openapi.servers}). An operation's own annotations win where they name the same status.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class StandardResponses implements OASFilter {

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    static final String BEARER = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        addProblemSchemas(components);
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the council's identity provider: roles in `groups`, teams in `teams`,"
                        + " the suite's audience in `aud`."));
        servers(openAPI, config);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean pathParameters = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                complete(entry.getValue(), pathParameters, path.getValue().getParameters());
            }
        }
    }

    private static void servers(OpenAPI openAPI, Config config) {
        List<String> servers = config.getOptionalValues("platform.openapi.servers", String.class)
                .orElseGet(() -> List.of("http://localhost:" + config.getOptionalValue("quarkus.http.port", Integer.class)
                        .orElse(8080)));
        openAPI.setServers(new ArrayList<>());
        for (String url : servers) {
            openAPI.addServer(OASFactory.createServer().url(url));
        }
    }

    private static void complete(Operation operation, boolean pathParameters, List<Parameter> pathItemParameters) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        boolean body = operation.getRequestBody() != null;
        boolean parameters = body || pathParameters
                || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (pathItemParameters != null && !pathItemParameters.isEmpty());
        Map<String, String> standard = new LinkedHashMap<>();
        if (parameters) {
            standard.put("400", "The request is malformed or a field, parameter or header is invalid (each named in `violations`)");
        }
        standard.put("401", "No bearer token, or one that is expired, forged, for another audience or too long-lived");
        standard.put("403", "The token's roles do not allow this operation");
        if (pathParameters) {
            standard.put("404", "Nothing at this path, or nothing you may see (the same answer either way)");
        }
        if (body) {
            standard.put("413", "The request body is larger than the configured limit");
            standard.put("415", "The body is not of a media type this operation reads");
        }
        standard.put("414", "The request URI is longer than 8192 characters");
        standard.put("429", "Too many requests from this address or this token's subject; see `Retry-After`");
        standard.put("503", "The access could not be recorded in the audit trail or the database is unavailable:"
                + " nothing was shown or changed; retry after `Retry-After`");
        for (Map.Entry<String, String> response : standard.entrySet()) {
            if (responses.getAPIResponse(response.getKey()) == null) {
                responses.addAPIResponse(response.getKey(), problem(response.getValue()));
            }
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER))));
        }
    }

    static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }

    private static void addProblemSchemas(Components components) {
        if (components.getSchemas() != null && components.getSchemas().containsKey("Problem")
                && components.getSchemas().containsKey("FieldViolation")) {
            return;
        }
        Schema violation = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("A field, query parameter or header that failed validation, named by its JSON path")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .example("episodes[1].end"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .example("must be a date in the form YYYY-MM-DD"))
                .required(List.of("field", "message"));
        Schema problem = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details: the body of every error response")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .example("urn:leavingcare:problem:validation"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .example("Invalid request"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32").minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)).example(400))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .example("episodes[1].end must be a date in the form YYYY-MM-DD"))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldViolation")))
                .required(List.of("type", "title", "status"));
        components.addSchema("FieldViolation", violation);
        components.addSchema("Problem", problem);
    }

    /** For a test that wants one of these responses by code. */
    static Content problemContent() {
        return problem("").getContent();
    }

    @SuppressWarnings("unused")
    private static SecurityRequirement bearerRequirement() {
        return OASFactory.createSecurityRequirement().addScheme(BEARER);
    }
}
