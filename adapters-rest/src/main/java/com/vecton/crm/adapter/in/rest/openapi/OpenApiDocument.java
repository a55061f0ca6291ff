package com.vecton.crm.adapter.in.rest.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vecton.crm.adapter.in.rest.gate.Route;
import com.vecton.crm.adapter.in.rest.gate.RouteRegistry;
import com.vecton.crm.adapter.in.rest.problem.ProblemJson;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Writes the OpenAPI description from the resource classes themselves (swagger's JAX-RS reader),
 * then adds what only our annotations know: each route's permission as {@code x-permission}, the
 * resource name the gate evaluates as {@code x-resource}, bearer security on guarded routes, the
 * problem body as every operation's {@code default} answer and as the body of every error answer a
 * resource declares ({@code 422}), {@value #ANY_VALUE} for values that may be of any JSON type, and
 * the {@code Idempotency-Key} request header with the {@code Idempotent-Replayed} answer header on
 * every guarded {@code POST}, which all take them.
 */
public final class OpenApiDocument {
    /**
     * A schema that admits any JSON value, null included, for a property whose type varies (an
     * audited field's before and after): swagger would describe a Java {@code Object} as
     * {@code type: object}, which a text, number or null then breaks. Refer to it with
     * {@code @Schema(ref = OpenApiDocument.ANY_VALUE_REF)}.
     */
    public static final String ANY_VALUE = "AnyValue";

    public static final String ANY_VALUE_REF = "#/components/schemas/" + ANY_VALUE;

    private static final String BEARER = "bearer";
    private static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    private static final String IDEMPOTENT_REPLAYED = "IdempotentReplayed";

    private OpenApiDocument() {}

    /** @throws IllegalStateException when a route of the registry is missing from the generated document */
    public static String generate(Collection<Class<?>> resourceClasses, RouteRegistry registry) {
        OpenAPI base = new OpenAPI()
                .info(new Info()
                        .title("Vecton CRM")
                        .version("1")
                        .description(
                                "One tenant's CRM. Errors are RFC 9457 problem documents with a stable `error` code."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
        var config = new SwaggerConfiguration().openAPI(base).prettyPrint(false).readAllResources(true);
        OpenAPI api = new Reader(config).read(new LinkedHashSet<>(resourceClasses));

        api.getComponents().getSchemas().putAll(ModelConverters.getInstance().read(ProblemJson.class));
        api.getComponents()
                .addSchemas(
                        ANY_VALUE,
                        new Schema<>().description("any JSON value: a text, number, boolean, list, object or null"));
        var problemBody = new Content()
                .addMediaType(
                        ProblemJson.MEDIA_TYPE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
        var problem =
                new ApiResponse().description("A problem document (RFC 9457)").content(problemBody);
        api.getComponents()
                .addParameters(
                        IDEMPOTENCY_KEY,
                        new Parameter()
                                .in("header")
                                .name("Idempotency-Key")
                                .required(false)
                                .description("Runs the request at most once per caller and key within 24 hours;"
                                        + " a retry of the same request gets the first answer again. Another"
                                        + " request with the key is 422 idempotency_key_reused, a retry while"
                                        + " the first runs 409 idempotency_key_in_progress with Retry-After.")
                                .schema(new StringSchema()
                                        .minLength(1)
                                        .maxLength(255)
                                        .pattern("^[ -~]+$")))
                .addHeaders(
                        IDEMPOTENT_REPLAYED,
                        new Header()
                                .description("true on an answer given again for an Idempotency-Key")
                                .schema(new StringSchema()._enum(List.of("true"))));

        for (Route route : registry.routes()) {
            Operation operation = operationOf(api, route);
            if (route.isPublic()) {
                operation.setSecurity(List.of());
            } else {
                operation.addExtension(
                        "x-permission", route.permission().orElseThrow().value());
                operation.addExtension(
                        "x-resource",
                        "crm:" + route.resourceType().orElseThrow() + (route.isItemRoute() ? "/{id}" : ""));
            }
            // Swagger files the return type under "default"; that slot is the problem's, success is a 2xx.
            ApiResponses responses = operation.getResponses();
            ApiResponse generated = responses.remove("default");
            if (generated != null && responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                responses.addApiResponse("200", generated.description("OK"));
            }
            // An error answer a resource declares (a 422 and its codes) has the problem body, like every other.
            responses.forEach((code, response) -> {
                if (!code.startsWith("2") && response.getContent() == null) {
                    response.setContent(problemBody);
                }
            });
            responses.addApiResponse("default", problem);
            if ("POST".equals(route.method()) && !route.isPublic()) {
                operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + IDEMPOTENCY_KEY));
                responses.forEach((code, response) -> {
                    if (code.startsWith("2")) {
                        response.addHeaderObject(
                                "Idempotent-Replayed",
                                new Header().$ref("#/components/headers/" + IDEMPOTENT_REPLAYED));
                    }
                });
            }
        }
        try {
            return Json.mapper().writeValueAsString(api);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI model could not be written", e);
        }
    }

    private static Operation operationOf(OpenAPI api, Route route) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(route.path());
        Operation operation =
                item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(route.method()));
        if (operation == null) {
            throw new IllegalStateException("the OpenAPI document lacks " + route.method() + " " + route.path());
        }
        return operation;
    }
}
