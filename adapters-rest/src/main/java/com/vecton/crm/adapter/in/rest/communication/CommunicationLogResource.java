package com.vecton.crm.adapter.in.rest.communication;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.ChangeParams;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
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
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.communication.CommunicationLogEdit;
import com.vecton.crm.domain.communication.CommunicationLogId;
import com.vecton.crm.domain.communication.CommunicationLogQuery;
import com.vecton.crm.domain.sync.SyncCursor;
import io.swagger.v3.oas.annotations.Operation;
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
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/** The communication log routes: read the request, call one use case, show the result. */
@Path("/api/communication-logs")
@ResourceType("communication_logs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "communication logs")
public final class CommunicationLogResource {
    private final CommunicationLogUseCases uses;

    CommunicationLogResource(CommunicationLogUseCases uses) {
        this.uses = uses;
    }

    @GET
    @SortableBy(CommunicationLogQuery.class)
    @RequiresPermission("communication_logs.list")
    @Operation(
            operationId = "listCommunicationLogs",
            description = "Lists the live log entries the caller may open, filtered by their links, type and time,"
                    + " searched in subject and body, newest first unless sorted otherwise.",
            summary = "List and search live communication log entries")
    public PageOf<CommunicationLogJson> list(
            @BeanParam PageParams paging,
            @BeanParam LogSearch searching,
            @BeanParam LogFilters filters,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var params = searching.read(paging, errors);
        var query = filters.read(params, errors);
        errors.throwIfAny();
        return PageOf.of(
                uses.list().list(Callers.requester(request), query, params.page()), CommunicationLogJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("communication_logs.create")
    @Created(CommunicationLogJson.class)
    @Operation(
            operationId = "createCommunicationLog",
            description = "Records a call, email, meeting, note or text message linked to a live contact, a live"
                    + " company or both; a contact without a company named links the contact's company too.",
            summary = "Record an exchange with a customer")
    public Response create(
            @BodyOf(CommunicationLogInput.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        CommunicationLog created =
                uses.create().create(Callers.of(request).asActor(), CommunicationLogInput.details(JsonBody.read(body)));
        return ItemRoutes.created(
                uri, CommunicationLogResource.class, created.id(), ItemOf.of(CommunicationLogJson.from(created)));
    }

    @GET
    @Path("changes")
    @RequiresPermission("communication_logs.list")
    @RouteProblem(status = 410, codes = SyncCursor.EXPIRED)
    @Operation(
            operationId = "listCommunicationLogChanges",
            description = "Answers the log entries the caller may see that changed after the cursor, each once as it"
                    + " is now, deleted ones as tombstones; a cursor older than 30 days is 410 sync_cursor_expired.",
            summary = "The log entries created, changed or deleted since a cursor, oldest change first (delta sync)")
    public ChangesOf<CommunicationLogJson> changes(
            @BeanParam ChangeParams page, @Context ContainerRequestContext request) {
        return ChangesOf.of(
                uses.changes().changes(Callers.requester(request), page.read()), CommunicationLogJson::from);
    }

    @GET
    @Path("{id}")
    @RequiresPermission("communication_logs.view")
    @Operation(
            operationId = "showCommunicationLog",
            description = "Answers one live log entry.",
            summary = "Show one live communication log entry")
    public ItemOf<CommunicationLogJson> show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(CommunicationLogJson.from(
                uses.show().show(Callers.requester(request), ItemRoutes.id(id, CommunicationLogId::new))));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("communication_logs.update")
    @Operation(
            operationId = "replaceCommunicationLog",
            description = "Replaces every field of a live log entry with the body's, absent fields becoming null"
                    + " (occurred_at, when absent, is kept).",
            summary = "Replace a log entry's fields (absent fields become null)")
    public ItemOf<CommunicationLogJson> replace(
            @PathParam("id") String id,
            @BodyOf(CommunicationLogInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var logId = ItemRoutes.id(id, CommunicationLogId::new);
        var replacement = CommunicationLogEdit.replacingWith(CommunicationLogInput.details(JsonBody.read(body)));
        return ItemOf.of(CommunicationLogJson.from(uses.edit().edit(Callers.requester(request), logId, replacement)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, JsonBody.MERGE_PATCH})
    @RequiresPermission("communication_logs.update")
    @Operation(
            operationId = "editCommunicationLog",
            description =
                    "Changes only the fields the body sends on a live log entry; a field sent as null is cleared.",
            summary = "Change some of a log entry's fields (only the fields sent; null clears)")
    public ItemOf<CommunicationLogJson> edit(
            @PathParam("id") String id,
            @BodyOf(CommunicationLogInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var logId = ItemRoutes.id(id, CommunicationLogId::new);
        var changes = CommunicationLogInput.edit(JsonBody.read(body));
        return ItemOf.of(CommunicationLogJson.from(uses.edit().edit(Callers.requester(request), logId, changes)));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("communication_logs.delete")
    @Operation(
            operationId = "deleteCommunicationLog",
            description = "Moves a live log entry to the bin.",
            summary = "Move a log entry to the bin")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        uses.delete().delete(Callers.requester(request), ItemRoutes.id(id, CommunicationLogId::new));
    }

    @POST
    @Path("{id}/restore")
    @RequiresPermission("communication_logs.restore")
    @Operation(
            operationId = "restoreCommunicationLog",
            description = "Brings a deleted log entry back; restoring a live one changes nothing.",
            summary = "Bring a deleted log entry back")
    public ItemOf<CommunicationLogJson> restore(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(CommunicationLogJson.from(
                uses.restore().restore(Callers.requester(request), ItemRoutes.id(id, CommunicationLogId::new))));
    }
}
