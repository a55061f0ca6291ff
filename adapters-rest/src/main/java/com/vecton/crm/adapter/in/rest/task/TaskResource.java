package com.vecton.crm.adapter.in.rest.task;

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
import com.vecton.crm.domain.sync.SyncCursor;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskEdit;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.task.TaskQuery;
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
 * The tasks routes. Every use case behind an item route checks the caller's policies on the task
 * it loaded, under its lock, so an allow conditioned on {@code resource.*} only lets through the
 * tasks it names, and a deny conditioned on one refuses them; the lists show only such tasks.
 */
@Path("/api/tasks")
@ResourceType("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
public final class TaskResource {
    private final TaskUseCases tasks;

    TaskResource(TaskUseCases tasks) {
        this.tasks = tasks;
    }

    @GET
    @SortableBy(TaskQuery.class)
    @RequiresPermission("tasks.list")
    @Operation(
            operationId = "listTasks",
            description =
                    "Lists the live tasks the caller may open across projects, filtered, searched and sorted as the query says.",
            summary = "List, filter and search the live tasks the caller may open")
    public PageOf<TaskJson> list(
            @BeanParam PageParams paging,
            @BeanParam TaskSearch searching,
            @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1")) @QueryParam("project_id")
                    String projectId,
            @BeanParam TaskFilters filters,
            @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1")) @QueryParam("label_id")
                    String labelId,
            @BeanParam TaskDueRange due,
            @Context ContainerRequestContext request) {
        var listing = new TaskListParams(paging, searching, projectId, filters, labelId, due)
                .read(Callers.of(request).id(), TaskQuery.all());
        return PageOf.of(
                tasks.list().list(Callers.requester(request), listing.query(), listing.page()), TaskJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("tasks.create")
    @Created(TaskJson.class)
    @Operation(
            operationId = "createTask",
            description =
                    "Creates a task in a live project, placed at the end of its status column, with its assignees and labels.",
            summary = "Add a task at the end of its column")
    public Response create(
            @BodyOf(TaskInput.class) InputStream body, @Context ContainerRequestContext request, @Context UriInfo uri) {
        Task created = tasks.create().create(Callers.requester(request), TaskInput.details(JsonBody.read(body)));
        return ItemRoutes.created(uri, TaskResource.class, created.id(), ItemOf.of(TaskJson.from(created)));
    }

    @GET
    @Path("changes")
    @RequiresPermission("tasks.list")
    @RouteProblem(status = 410, codes = SyncCursor.EXPIRED)
    @Operation(
            operationId = "listTaskChanges",
            description = "Answers the tasks the caller may see that changed after the cursor, each once as it is now,"
                    + " deleted ones as tombstones; a cursor older than 30 days is 410 sync_cursor_expired.",
            summary = "The tasks created, changed or deleted since a cursor, oldest change first (delta sync)")
    public ChangesOf<TaskJson> changes(@BeanParam ChangeParams page, @Context ContainerRequestContext request) {
        return ChangesOf.of(tasks.changes().changes(Callers.requester(request), page.read()), TaskJson::from);
    }

    @GET
    @Path("{id}")
    @RequiresPermission("tasks.view")
    @Operation(
            operationId = "showTask",
            description = "Answers one live task, after checking the caller's policies against the task as loaded.",
            summary = "Show one live task")
    public ItemOf<TaskJson> show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(TaskJson.from(tasks.show().show(Callers.requester(request), ItemRoutes.id(id, TaskId::new))));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("tasks.update")
    @Operation(
            operationId = "replaceTask",
            description =
                    "Replaces every field of a live task with the body's, absent fields becoming null or their default.",
            summary = "Replace a task's details (absent fields become null or the default)")
    public ItemOf<TaskJson> replace(
            @PathParam("id") String id,
            @BodyOf(TaskInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var taskId = ItemRoutes.id(id, TaskId::new);
        var replacement = TaskEdit.replacingWith(TaskInput.details(JsonBody.read(body)));
        return ItemOf.of(TaskJson.from(tasks.edit().edit(Callers.requester(request), taskId, replacement)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, JsonBody.MERGE_PATCH})
    @RequiresPermission("tasks.update")
    @Operation(
            operationId = "editTask",
            description = "Changes only the fields the body sends on a live task; a field sent as null is cleared.",
            summary = "Change some of a task's details (only the fields sent; null clears)")
    public ItemOf<TaskJson> edit(
            @PathParam("id") String id,
            @BodyOf(TaskInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var taskId = ItemRoutes.id(id, TaskId::new);
        var changes = TaskInput.edit(JsonBody.read(body));
        return ItemOf.of(TaskJson.from(tasks.edit().edit(Callers.requester(request), taskId, changes)));
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("tasks.update")
    @Operation(
            operationId = "moveTask",
            description =
                    "Moves a live task to an index of a status column, closing the gap it leaves and shifting the tasks after the index.",
            summary = "Put a task at an index of a column of its board (clamped into the column)")
    public ItemOf<TaskJson> move(
            @PathParam("id") String id,
            @BodyOf(TaskInput.MoveInput.class) InputStream body,
            @Context ContainerRequestContext request) {
        var taskId = ItemRoutes.id(id, TaskId::new);
        var move = TaskInput.Move.read(JsonBody.read(body));
        return ItemOf.of(
                TaskJson.from(tasks.move().move(Callers.requester(request), taskId, move.status(), move.position())));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("tasks.delete")
    @Operation(
            operationId = "deleteTask",
            description = "Moves a live task to the bin, and the tasks after it in its column close up.",
            summary = "Move a task to the bin; the tasks after it close up")
    public void delete(@PathParam("id") String id, @Context ContainerRequestContext request) {
        tasks.delete().delete(Callers.requester(request), ItemRoutes.id(id, TaskId::new));
    }

    @POST
    @Path("{id}/restore")
    @RequiresPermission("tasks.restore")
    @Operation(
            operationId = "restoreTask",
            description = "Brings a deleted task back at the end of its column; restoring a live task changes nothing.",
            summary = "Bring a deleted task back, at the end of its column")
    public ItemOf<TaskJson> restore(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return ItemOf.of(
                TaskJson.from(tasks.restore().restore(Callers.requester(request), ItemRoutes.id(id, TaskId::new))));
    }
}
