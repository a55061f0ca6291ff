package com.vecton.crm.adapter.in.rest.label;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.ChangeParams;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.input.ListParams;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.json.ChangesOf;
import com.vecton.crm.adapter.in.rest.json.ItemOf;
import com.vecton.crm.adapter.in.rest.json.PageOf;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.RouteProblem;
import com.vecton.crm.adapter.in.rest.openapi.SortableBy;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelEdit;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.label.TaskLabelQuery;
import com.vecton.crm.domain.sync.SyncCursor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
 * The task label routes: read the request, call one use case, show the result. A name another
 * label has (in any case) is a 422 {@code label_name_taken}.
 */
@Path("/api/task-labels")
@ResourceType("task_labels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "task labels")
public final class TaskLabelResource {
    private final TaskLabelUseCases uses;

    TaskLabelResource(TaskLabelUseCases uses) {
        this.uses = uses;
    }

    @GET
    @SortableBy(TaskLabelQuery.class)
    @RequiresPermission("task_labels.list")
    @Operation(
            operationId = "listTaskLabels",
            description = "Lists the task labels whose name matches the search, sorted by name.",
            summary = "List and search task labels, by name")
    public PageOf<TaskLabelJson> list(
            @BeanParam PageParams paging,
            @Parameter(description = "case- and accent-insensitive substring of the name") @QueryParam("search")
                    String search,
            @Parameter(description = "name (the default) or -name") @QueryParam("sort") String sort,
            @Context ContainerRequestContext request) {
        var errors = new InputErrors();
        var params =
                ListParams.read(paging, search, sort, TaskLabelQuery.SORTABLE, TaskLabelQuery.DEFAULT_SORT, errors);
        errors.throwIfAny();
        var query = new TaskLabelQuery(params.search(), params.sort());
        return PageOf.of(uses.list().list(Callers.requester(request), query, params.page()), TaskLabelJson::from);
    }

    /**
     * One label, where a create's {@code Location} points. The permission catalogue has no
     * {@code task_labels.view}; one label shows nothing that the list does not, so it takes the list's.
     */
    @GET
    @Path("changes")
    @RequiresPermission("task_labels.list")
    @RouteProblem(status = 410, codes = SyncCursor.EXPIRED)
    @Operation(
            operationId = "listTaskLabelChanges",
            description =
                    "Answers the task labels the caller may see that changed after the cursor, each once as it is now,"
                            + " deleted ones as tombstones; a cursor older than 30 days is 410 sync_cursor_expired.",
            summary = "The task labels created, changed or deleted since a cursor, oldest change first (delta sync)")
    public ChangesOf<TaskLabelJson> changes(@BeanParam ChangeParams page, @Context ContainerRequestContext request) {
        return ChangesOf.of(uses.changes().changes(Callers.requester(request), page.read()), TaskLabelJson::from);
    }

    @GET
    @Path("{id}")
    @RequiresPermission("task_labels.list")
    @Operation(operationId = "showTaskLabel", description = "Answers one task label.", summary = "Show one task label")
    public ItemOf<TaskLabelJson> show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(
                TaskLabelJson.from(uses.show().show(Callers.requester(request), ItemRoutes.id(id, TaskLabelId::new))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RouteProblem(status = 422, codes = TaskLabel.NAME_TAKEN)
    @RequiresPermission("task_labels.create")
    @Created(TaskLabelJson.class)
    @Operation(
            operationId = "createTaskLabel",
            description = "Creates a task label whose name no other label has, ignoring case.",
            summary = "Add a task label")
    public Response create(
            @BodyOf(TaskLabelInput.class) InputStream body,
            @Context ContainerRequestContext request,
            @Context UriInfo uri) {
        TaskLabel created =
                uses.create().create(Callers.of(request).asActor(), TaskLabelInput.details(JsonBody.read(body)));
        return ItemRoutes.created(uri, TaskLabelResource.class, created.id(), ItemOf.of(TaskLabelJson.from(created)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RouteProblem(status = 422, codes = TaskLabel.NAME_TAKEN)
    @RequiresPermission("task_labels.update")
    @Operation(
            operationId = "replaceTaskLabel",
            description = "Replaces a task label's name and colour, an absent colour becoming the default #9E9E9E.",
            summary = "Replace a task label (an absent color becomes #9E9E9E)")
    public ItemOf<TaskLabelJson> replace(
            @PathParam("id") String id,
            @BodyOf(TaskLabelInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var labelId = ItemRoutes.id(id, TaskLabelId::new);
        var replacement = TaskLabelEdit.replacingWith(TaskLabelInput.details(JsonBody.read(body)));
        return ItemOf.of(TaskLabelJson.from(uses.edit().edit(Callers.requester(request), labelId, replacement)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, JsonBody.MERGE_PATCH})
    @RouteProblem(status = 422, codes = TaskLabel.NAME_TAKEN)
    @RequiresPermission("task_labels.update")
    @Operation(
            operationId = "editTaskLabel",
            description = "Changes only the name or colour the body sends on a task label.",
            summary = "Rename or recolour a task label (only the fields sent)")
    public ItemOf<TaskLabelJson> edit(
            @PathParam("id") String id,
            @BodyOf(TaskLabelInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var labelId = ItemRoutes.id(id, TaskLabelId::new);
        var changes = TaskLabelInput.edit(JsonBody.read(body));
        return ItemOf.of(TaskLabelJson.from(uses.edit().edit(Callers.requester(request), labelId, changes)));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("task_labels.delete")
    @Operation(
            operationId = "deleteTaskLabel",
            description = "Deletes a task label for good and takes it off every task.",
            summary = "Delete a task label for good")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        uses.delete().delete(Callers.requester(request), ItemRoutes.id(id, TaskLabelId::new));
    }
}
