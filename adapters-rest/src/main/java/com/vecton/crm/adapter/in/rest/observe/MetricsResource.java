package com.vecton.crm.adapter.in.rest.observe;

import com.vecton.crm.adapter.in.rest.gate.PublicRoute;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * Prometheus scrape endpoint. Public on purpose: it holds counts and timings per route template
 * and status, no ids, no names, no query strings; a deployment that must hide it does so at its
 * ingress, as with any scrape port.
 */
@Path("/metrics")
@PublicRoute
public final class MetricsResource {
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    public MetricsResource(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Produces(PROMETHEUS_TEXT)
    @Operation(
            operationId = "metrics",
            description =
                    "Answers the process's Prometheus metrics: HTTP requests by route and status, the pool, the JVM.",
            summary = "Prometheus metrics",
            tags = "operations",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "Prometheus text format",
                            content = @Content(mediaType = "text/plain", schema = @Schema(type = "string"))))
    public String scrape() {
        return registry.scrape();
    }
}
