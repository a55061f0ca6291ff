package com.vecton.crm.adapter.in.rest.openapi;

import com.vecton.crm.adapter.in.rest.gate.PublicRoute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;

/**
 * Serves the API description. It is generated on the first request and kept: the routes cannot
 * change while the process runs, and generating costs a second of reflection. Each answer then
 * names the request's own base URL as the server ({@link OpenApiDocument#servedAt}), so Swagger UI
 * and generated clients call the address the document was read from. The method returns the
 * document as text, already written; the document says what that text is, a JSON object.
 */
@Path("/openapi.json")
@PublicRoute
public final class OpenApiResource {
    private final Supplier<String> generator;
    private volatile String document;

    public OpenApiResource(Supplier<String> generator) {
        this.generator = generator;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "openApi",
            summary = "This API's OpenAPI description",
            description = "The OpenAPI 3.0 document of every route, with this request's base URL as its server.",
            tags = "operations",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "an OpenAPI 3.0 document, as JSON",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema =
                                                    @Schema(
                                                            type = "object",
                                                            additionalProperties =
                                                                    Schema.AdditionalPropertiesValue.TRUE))))
    public String document(@Context UriInfo uri) {
        return OpenApiDocument.servedAt(generated(), uri.getBaseUri().toString());
    }

    private String generated() {
        String current = document;
        if (current == null) {
            synchronized (this) {
                current = document;
                if (current == null) {
                    current = generator.get();
                    document = current;
                }
            }
        }
        return current;
    }
}
