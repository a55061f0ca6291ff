package com.vecton.crm.adapter.in.rest.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.gate.PublicRoute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Liveness and readiness probes; they need no token, so orchestrators can call them. */
@Path("/health")
@PublicRoute
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
    private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);

    private final HealthCheck check;

    public HealthResource(HealthCheck check) {
        if (check == null) {
            throw new IllegalArgumentException("readiness needs a health check");
        }
        this.check = check;
    }

    @GET
    @Path("live")
    @Operation(
            operationId = "live",
            description = "Answers 200 while the process runs, without looking at any dependency.",
            summary = "Is the process up",
            tags = "operations")
    public StatusJson live() {
        return new StatusJson("up", null);
    }

    @GET
    @Path("ready")
    @Operation(
            operationId = "ready",
            description =
                    "Answers 200 when the database answers and is migrated (a broker outage only degrades), else 503.",
            summary = "Can the process serve requests (database reachable and migrated; a broker outage only degrades)",
            tags = "operations",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "ready",
                        content = @Content(schema = @Schema(implementation = StatusJson.class))),
                @ApiResponse(
                        responseCode = "503",
                        description = "not ready",
                        content = @Content(schema = @Schema(implementation = StatusJson.class)))
            })
    public Response ready() {
        HealthCheck.Readiness readiness;
        try {
            readiness = check.check();
        } catch (RuntimeException failed) {
            // A probe must answer, not 500: a failing check means "not ready", and the reason goes to the log.
            LOG.warn("Readiness check failed", failed);
            return Response.status(503).entity(new StatusJson("down", Map.of())).build();
        }
        var components = new LinkedHashMap<String, ComponentJson>();
        readiness
                .components()
                .forEach((name, status) -> components.put(
                        name,
                        new ComponentJson(
                                status.name().toLowerCase(Locale.ROOT),
                                readiness.reason(name).orElse(null))));
        // A degraded component (the broker) keeps the process in rotation: HTTP works, events wait.
        String overall = readiness.overall().name().toLowerCase(Locale.ROOT);
        return Response.status(readiness.isReady() ? 200 : 503)
                .entity(new StatusJson(overall, components))
                .build();
    }

    /** {@code {"status": "up"}}, with the components on readiness. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record StatusJson(
            @JsonProperty("status")
            @Schema(
                    allowableValues = {"up", "degraded", "down"},
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String status,

            @JsonProperty("components") Map<String, ComponentJson> components) {}

    /** A component's status; {@code reason} only when an operator must act (say, a broker that refuses the vhost). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record ComponentJson(
            @JsonProperty("status")
            @Schema(
                    allowableValues = {"up", "degraded", "down"},
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String status,

            @JsonProperty("reason") String reason) {}
}
