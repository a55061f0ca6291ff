package com.vecton.crm.adapter.in.rest.openapi;

import com.vecton.crm.adapter.in.rest.gate.PublicRoute;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Supplier;

/**
 * Serves the API description. It is generated on the first request and kept: the routes cannot
 * change while the process runs, and generating costs a second of reflection.
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
    @Operation(operationId = "openApi", summary = "This API's OpenAPI description", tags = "operations")
    public String document() {
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
