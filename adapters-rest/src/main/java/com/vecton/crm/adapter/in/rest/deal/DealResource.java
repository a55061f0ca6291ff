package com.vecton.crm.adapter.in.rest.deal;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.ChangeParams;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.json.ChangesOf;
import com.vecton.crm.adapter.in.rest.json.ItemOf;
import com.vecton.crm.adapter.in.rest.json.PageOf;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.adapter.in.rest.openapi.SortableBy;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealEdit;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.deal.DealQuery;
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

/**
 * The deals routes: read the request, call one use case, show the result. A move is
 * {@code deals.update}; the stage history is {@code deals.view}, as the deal is.
 */
@Path("/api/deals")
@ResourceType("deals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "deals")
public final class DealResource {
    static final String CLOSE_AFTER = "deals expected to close on or after this day (inclusive); deals without an"
            + " expected close date are left out";
    static final String CLOSE_BEFORE = "deals expected to close before this day (exclusive); deals without an"
            + " expected close date are left out";

    private final DealUseCases deals;

    DealResource(DealUseCases deals) {
        this.deals = deals;
    }

    @GET
    @SortableBy(DealQuery.class)
    @RequiresPermission("deals.list")
    @Operation(
            operationId = "listDeals",
            description = "Lists the live deals the caller may open, filtered, searched (title and company name)"
                    + " and sorted as the query says.",
            summary = "List, filter and search the live deals the caller may open")
    public PageOf<DealJson> list(
            @BeanParam PageParams paging,
            @Parameter(description = "case- and accent-insensitive substring of the title or the company's name")
                    @QueryParam("search")
                    String search,
            @Parameter(
                            description = "title, amount, expected_close_date, created_at, updated_at or position;"
                                    + " prefix - for descending")
                    @QueryParam("sort")
                    String sort,
            @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1")) @QueryParam("pipeline_id")
                    String pipelineId,
            @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1")) @QueryParam("stage_id")
                    String stageId,
            @Parameter(schema = @Schema(allowableValues = {"open", "won", "lost"})) @QueryParam("status") String status,
            @Parameter(description = "a user id, or me for the caller") @QueryParam("owner_id") String ownerId,
            @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1")) @QueryParam("company_id")
                    String companyId,
            @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1")) @QueryParam("contact_id")
                    String contactId,
            @Parameter(description = CLOSE_AFTER, schema = @Schema(type = "string", format = "date"))
                    @QueryParam("expected_close_after")
                    String closeAfter,
            @Parameter(description = CLOSE_BEFORE, schema = @Schema(type = "string", format = "date"))
                    @QueryParam("expected_close_before")
                    String closeBefore,
            @Parameter(description = "deals of at least this amount (inclusive), a decimal such as 1000.00")
                    @QueryParam("amount_min")
                    String amountMin,
            @Parameter(description = "deals of at most this amount (inclusive), a decimal such as 50000")
                    @QueryParam("amount_max")
                    String amountMax,
            @Context ContainerRequestContext request) {
        var listing = new DealListParams(
                        paging,
                        search,
                        sort,
                        pipelineId,
                        stageId,
                        status,
                        ownerId,
                        companyId,
                        contactId,
                        closeAfter,
                        closeBefore,
                        amountMin,
                        amountMax)
                .read(Callers.of(request).id());
        return PageOf.of(
                deals.list().list(Callers.requester(request), listing.query(), listing.page()), DealJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("deals.create")
    @Created(DealJson.class)
    @Operation(
            operationId = "createDeal",
            description = "Creates a deal at the end of its stage (by default the first open stage of the default"
                    + " pipeline) and writes its first stage history row.",
            summary = "Add a deal")
    public Response create(
            @BodyOf(DealInput.class) InputStream body, @Context ContainerRequestContext request, @Context UriInfo uri) {
        var details = DealInput.details(JsonBody.read(body));
        Deal created = deals.create().create(Callers.requester(request), details);
        return ItemRoutes.created(uri, DealResource.class, created.id(), ItemOf.of(DealJson.from(created)));
    }

    @GET
    @Path("changes")
    @RequiresPermission("deals.list")
    @RouteProblem(status = 410, codes = SyncCursor.EXPIRED)
    @Operation(
            operationId = "listDealChanges",
            description = "Answers the deals the caller may see that changed after the cursor, each once as it is now,"
                    + " deleted ones as tombstones; a cursor older than 30 days is 410 sync_cursor_expired.",
            summary = "The deals created, changed or deleted since a cursor, oldest change first (delta sync)")
    public ChangesOf<DealJson> changes(@BeanParam ChangeParams page, @Context ContainerRequestContext request) {
        return ChangesOf.of(deals.changes().changes(Callers.requester(request), page.read()), DealJson::from);
    }

    @GET
    @Path("{id}")
    @RequiresPermission("deals.view")
    @Operation(operationId = "showDeal", description = "Answers one live deal.", summary = "Show one live deal")
    public ItemOf<DealJson> show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(DealJson.from(deals.show().show(Callers.requester(request), dealId(id))));
    }

    @GET
    @Path("{id}/stage-history")
    @RequiresPermission("deals.view")
    @Operation(
            operationId = "listDealStageHistory",
            description = "Answers every stage the live deal entered, oldest first, with who moved it, the probability"
                    + " it had from then on and the time it spent in the stage.",
            summary = "A deal's stage history with the time spent in each stage")
    public DealJson.HistoryOf stageHistory(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return DealJson.HistoryOf.of(deals.stageHistory().history(Callers.requester(request), dealId(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("deals.update")
    @Operation(
            operationId = "replaceDeal",
            description = "Replaces every field of a live deal with the body's: absent ones become null, or their"
                    + " default (the default pipeline, its first open stage, its currency, the caller as owner).",
            summary = "Replace a deal's fields")
    public ItemOf<DealJson> replace(
            @PathParam("id") String id,
            @BodyOf(DealInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var dealId = dealId(id);
        var replacement = DealEdit.replacingWith(DealInput.details(JsonBody.read(body)));
        return ItemOf.of(DealJson.from(deals.edit().edit(Callers.requester(request), dealId, replacement)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, JsonBody.MERGE_PATCH})
    @RequiresPermission("deals.update")
    @Operation(
            operationId = "editDeal",
            description = "Changes only the fields the body sends; a new stage_id puts the deal last in that stage.",
            summary = "Change some of a deal's fields (only the fields sent)")
    public ItemOf<DealJson> edit(
            @PathParam("id") String id,
            @BodyOf(DealInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var dealId = dealId(id);
        var changes = DealInput.edit(JsonBody.read(body));
        return ItemOf.of(DealJson.from(deals.edit().edit(Callers.requester(request), dealId, changes)));
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("deals.update")
    @Operation(
            operationId = "moveDeal",
            description = "Moves a live deal to an index of a stage of its pipeline, closing the gap it leaves and"
                    + " shifting the deals after the index; a new stage writes a stage history row.",
            summary = "Put a deal at an index of a stage of its pipeline (clamped into the stage)")
    public ItemOf<DealJson> move(
            @PathParam("id") String id,
            @BodyOf(DealInput.MoveInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var dealId = dealId(id);
        var move = DealInput.Move.read(JsonBody.read(body));
        return ItemOf.of(DealJson.from(deals.move()
                .move(Callers.requester(request), dealId, move.stage(), move.position(), move.lostReason())));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("deals.delete")
    @Operation(
            operationId = "deleteDeal",
            description = "Moves a live deal to the bin, and the deals after it in its stage close up.",
            summary = "Move a deal to the bin; the deals after it close up")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        deals.delete().delete(Callers.requester(request), dealId(id));
    }

    @POST
    @Path("{id}/restore")
    @RequiresPermission("deals.restore")
    @Operation(
            operationId = "restoreDeal",
            description = "Brings a deleted deal back at the end of its stage; restoring a live deal changes nothing.",
            summary = "Bring a deleted deal back, at the end of its stage")
    public ItemOf<DealJson> restore(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(DealJson.from(deals.restore().restore(Callers.requester(request), dealId(id))));
    }

    private static DealId dealId(String raw) {
        return ItemRoutes.id(raw, DealId::new);
    }
}
