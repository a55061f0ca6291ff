package com.vecton.crm.adapter.in.rest.deal;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.domain.pipeline.PipelineId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * One pipeline's board of deals, needing {@code deals.list} on {@code crm:pipelines/{id}}, checked
 * with {@code resource.pipeline_id} known. A class of its own because JAX-RS does not fall back
 * from one class to another: a class at {@code /api/pipelines/{id}} would hide the pipeline routes.
 */
@Path("/api/pipelines/{id}/board")
@ResourceType("pipelines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "deals")
public final class PipelineBoardResource {
    private final DealUseCases deals;

    PipelineBoardResource(DealUseCases deals) {
        this.deals = deals;
    }

    @GET
    @RequiresPermission("deals.list")
    @Operation(
            operationId = "showDealBoard",
            description = "Answers the pipeline's stages in order, each with all its live deals in board order, their"
                    + " count and their amounts and weighted amounts per currency; it needs every deal of the"
                    + " pipeline to be visible to the caller.",
            summary = "One pipeline's board: every stage with its deals in order and their totals")
    public DealJson.BoardItem board(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return DealJson.BoardItem.of(
                deals.board().show(Callers.requester(request), ItemRoutes.id(id, PipelineId::new)));
    }
}
