package com.vecton.crm.adapter.in.rest.pipeline;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.PathId;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.ChangeParams;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.input.ListParams;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.json.ChangesOf;
import com.vecton.crm.adapter.in.rest.json.ItemOf;
import com.vecton.crm.adapter.in.rest.json.PageOf;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.adapter.in.rest.openapi.SortableBy;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineEdit;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.PipelineQuery;
import com.vecton.crm.domain.pipeline.PipelineStages;
import com.vecton.crm.domain.pipeline.StageId;
import com.vecton.crm.domain.sync.SyncCursor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Optional;

/**
 * The pipelines routes: read the request, call one use case, show the result. A pipeline's stages
 * are part of it, so changing them is {@code pipelines.update} on {@code crm:pipelines/{id}}, with
 * {@code If-Match} on the pipeline's version, and answers the pipeline at its new version.
 */
@Path("/api/pipelines")
@ResourceType("pipelines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "pipelines")
public final class PipelineResource {
    private final PipelineUseCases uses;

    PipelineResource(PipelineUseCases uses) {
        this.uses = uses;
    }

    @GET
    @SortableBy(PipelineQuery.class)
    @RequiresPermission("pipelines.list")
    @Operation(
            operationId = "listPipelines",
            description = "Lists the live pipelines the caller may open, with their stages, searched by name.",
            summary = "List and search live pipelines")
    public PageOf<PipelineJson> list(
            @BeanParam PageParams paging,
            @Parameter(description = "case- and accent-insensitive substring of the name") @QueryParam("search")
                    String search,
            @Parameter(description = "name, created_at or updated_at; prefix - for descending") @QueryParam("sort")
                    String sort,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var params = ListParams.read(paging, search, sort, PipelineQuery.SORTABLE, PipelineQuery.DEFAULT_SORT, errors);
        errors.throwIfAny();
        var query = new PipelineQuery(params.search(), params.sort());
        return PageOf.of(uses.list().list(Callers.requester(request), query, params.page()), PipelineJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("pipelines.create")
    @RouteProblem(
            status = 422,
            codes = {Pipeline.NAME_TAKEN, PipelineStages.NAME_TAKEN, PipelineStages.KIND_MISSING})
    @Created(PipelineJson.class)
    @Operation(
            operationId = "createPipeline",
            description = "Creates a pipeline with its stages in order; the first pipeline, or one sent with"
                    + " is_default true, becomes the default.",
            summary = "Add a pipeline with its stages")
    public Response create(
            @BodyOf(PipelineInput.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        var input = PipelineInput.creation(JsonBody.read(body));
        Pipeline created = uses.create().create(Callers.of(request).asActor(), input.details(), input.stages());
        return ItemRoutes.created(uri, PipelineResource.class, created.id(), ItemOf.of(PipelineJson.from(created)));
    }

    @GET
    @Path("changes")
    @RequiresPermission("pipelines.list")
    @RouteProblem(status = 410, codes = SyncCursor.EXPIRED)
    @Operation(
            operationId = "listPipelineChanges",
            description = "Answers the pipelines the caller may see that changed after the cursor (a stage change"
                    + " included), each once as it is now, deleted ones as tombstones; a cursor older than"
                    + " 30 days is 410 sync_cursor_expired.",
            summary = "The pipelines created, changed or deleted since a cursor, oldest change first (delta sync)")
    public ChangesOf<PipelineJson> changes(@BeanParam ChangeParams page, @Context ContainerRequestContext request) {
        return ChangesOf.of(uses.changes().changes(Callers.requester(request), page.read()), PipelineJson::from);
    }

    @GET
    @Path("{id}")
    @RequiresPermission("pipelines.view")
    @Operation(
            operationId = "showPipeline",
            description = "Answers one live pipeline with its stages in order.",
            summary = "Show one live pipeline")
    public ItemOf<PipelineJson> show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(PipelineJson.from(uses.show().show(Callers.requester(request), pipelineId(id))));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("pipelines.update")
    @RouteProblem(
            status = 422,
            codes = {Pipeline.NAME_TAKEN, Pipeline.IS_DEFAULT})
    @Operation(
            operationId = "replacePipeline",
            description = "Replaces the pipeline's own fields with the body's (absent ones become null, is_default"
                    + " false); its stages stay as they are.",
            summary = "Replace a pipeline's own fields (not its stages)")
    public ItemOf<PipelineJson> replace(
            @PathParam("id") String id,
            @BodyOf(PipelineInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var pipelineId = pipelineId(id);
        var replacement = PipelineEdit.replacingWith(PipelineInput.details(JsonBody.read(body)));
        return ItemOf.of(PipelineJson.from(uses.edit().edit(Callers.requester(request), pipelineId, replacement)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, JsonBody.MERGE_PATCH})
    @RequiresPermission("pipelines.update")
    @RouteProblem(
            status = 422,
            codes = {Pipeline.NAME_TAKEN, Pipeline.IS_DEFAULT})
    @Operation(
            operationId = "editPipeline",
            description = "Changes only the own fields the body sends; is_default true makes it the default.",
            summary = "Change some of a pipeline's own fields (only the fields sent)")
    public ItemOf<PipelineJson> edit(
            @PathParam("id") String id,
            @BodyOf(PipelineInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var pipelineId = pipelineId(id);
        var changes = PipelineInput.edit(JsonBody.read(body));
        return ItemOf.of(PipelineJson.from(uses.edit().edit(Callers.requester(request), pipelineId, changes)));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("pipelines.delete")
    @RouteProblem(
            status = 422,
            codes = {Pipeline.IS_DEFAULT, PipelineStages.IN_USE})
    @Operation(
            operationId = "deletePipeline",
            description = "Moves a live pipeline to the bin; the default pipeline cannot be deleted, nor one whose"
                    + " stages hold live deals (move or delete them first).",
            summary = "Move a pipeline to the bin (not the default)")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        uses.delete().delete(Callers.requester(request), pipelineId(id));
    }

    @POST
    @Path("{id}/restore")
    @RequiresPermission("pipelines.restore")
    @RouteProblem(status = 422, codes = Pipeline.NAME_TAKEN)
    @Operation(
            operationId = "restorePipeline",
            description = "Brings a deleted pipeline back with its stages, unless a live one took its name meanwhile.",
            summary = "Bring a deleted pipeline back")
    public ItemOf<PipelineJson> restore(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(PipelineJson.from(uses.restore().restore(Callers.requester(request), pipelineId(id))));
    }

    @POST
    @Path("{id}/stages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("pipelines.update")
    @RouteProblem(status = 422, codes = PipelineStages.NAME_TAKEN)
    @Operation(
            operationId = "addPipelineStage",
            description = "Adds a stage to a live pipeline, last or at the position sent, and answers the pipeline.",
            summary = "Add a stage to a pipeline")
    public ItemOf<PipelineJson> addStage(
            @PathParam("id") String id,
            @BodyOf(PipelineInput.StageInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var pipelineId = pipelineId(id);
        var stage = PipelineInput.newStage(JsonBody.read(body));
        return ItemOf.of(PipelineJson.from(
                uses.addStage().add(Callers.requester(request), pipelineId, stage.details(), stage.position())));
    }

    @PUT
    @Path("{id}/stages/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("pipelines.update")
    @Operation(
            operationId = "reorderPipelineStages",
            description = "Puts the stages of a live pipeline in the order sent, which names every one of them.",
            summary = "Reorder a pipeline's stages")
    public ItemOf<PipelineJson> reorderStages(
            @PathParam("id") String id,
            @BodyOf(PipelineInput.OrderInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var pipelineId = pipelineId(id);
        var order = PipelineInput.order(JsonBody.read(body));
        return ItemOf.of(
                PipelineJson.from(uses.reorderStages().reorder(Callers.requester(request), pipelineId, order)));
    }

    @PATCH
    @Path("{id}/stages/{stage_id}")
    @Consumes({MediaType.APPLICATION_JSON, JsonBody.MERGE_PATCH})
    @RequiresPermission("pipelines.update")
    @RouteProblem(
            status = 422,
            codes = {PipelineStages.NAME_TAKEN, PipelineStages.KIND_MISSING, PipelineStages.IN_USE})
    @Operation(
            operationId = "editPipelineStage",
            description = "Changes only the fields the body sends on one stage of a live pipeline, and answers the"
                    + " pipeline.",
            summary = "Change a stage of a pipeline")
    public ItemOf<PipelineJson> editStage(
            @PathParam("id") String id,
            @PathParam("stage_id") String stageId,
            @BodyOf(PipelineInput.StageEditInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var pipelineId = pipelineId(id);
        var stage = new StageId(PathId.parse(stageId));
        var edit = PipelineInput.stageEdit(JsonBody.read(body));
        return ItemOf.of(PipelineJson.from(uses.editStage().edit(Callers.requester(request), pipelineId, stage, edit)));
    }

    @DELETE
    @Path("{id}/stages/{stage_id}")
    @RequiresPermission("pipelines.update")
    @RouteProblem(
            status = 422,
            codes = {PipelineStages.KIND_MISSING, PipelineStages.IN_USE})
    @Operation(
            operationId = "deletePipelineStage",
            description = "Takes a stage out of a live pipeline; the stages after it move up. A stage that holds live"
                    + " deals needs move_to, a stage of the same pipeline, and its deals move there (last, in their"
                    + " order) in the same transaction, each with its stage history row.",
            summary = "Delete a stage of a pipeline (moving its deals to another)")
    public void deleteStage(
            @PathParam("id") String id,
            @PathParam("stage_id") String stageId,
            @Parameter(
                            description = "the stage of the same pipeline that the deleted stage's deals move to;"
                                    + " required when it holds live deals",
                            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                    @QueryParam("move_to")
                    String moveTo,
            @Context ContainerRequestContext request) {
        var pipelineId = pipelineId(id);
        var stage = new StageId(PathId.parse(stageId));
        var errors = new InputErrors();
        Long target = QueryParams.positiveId(moveTo, "move_to", errors);
        errors.throwIfAny();
        uses.removeStage()
                .remove(
                        Callers.requester(request),
                        pipelineId,
                        stage,
                        Optional.ofNullable(target).map(StageId::new));
    }

    private static PipelineId pipelineId(String raw) {
        return ItemRoutes.id(raw, PipelineId::new);
    }
}
