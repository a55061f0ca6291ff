package com.vecton.crm.adapter.in.rest.task;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.openapi.OpenApiDocument;
import com.vecton.crm.adapter.in.rest.openapi.SortableBy;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * One project's tasks (like its board, {@link ProjectBoardResource}), needing {@code tasks.list} on
 * {@code crm:projects/{id}}. Every task shown shares the project, so the check runs with
 * {@code resource.project_id} known: an allow or a deny conditioned on the project applies here.
 * A deleted or unknown project has no task list (404), as it has no board.
 */
@Path("/api/projects/{id}/tasks")
@ResourceType("projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
public final class ProjectTasksResource {
    private final TaskUseCases tasks;

    ProjectTasksResource(TaskUseCases tasks) {
        this.tasks = tasks;
    }

    @GET
    @SortableBy(TaskQuery.class)
    @RequiresPermission("tasks.list")
    @Operation(
            operationId = "listProjectTasks",
            description =
                    "Lists the live tasks of one live project that the caller may open, filtered, searched and sorted as the query says.",
            summary = "List, filter and search the live tasks of one project")
    public TaskJson.ListOf list(
            @Parameter(schema = @Schema(type = "integer", format = "int64")) @PathParam("id") String id,
            @BeanParam PageParams paging,
            @Parameter(description = "case- and accent-insensitive substring") @QueryParam("search") String search,
            @Parameter(
                            description =
                                    "title, priority, due_at, created_at, updated_at or position; prefix - for descending")
                    @QueryParam("sort")
                    String sort,
            @Parameter(schema = @Schema(allowableValues = {"todo", "in_progress", "review", "done"}))
                    @QueryParam("status")
                    String status,
            @Parameter(schema = @Schema(allowableValues = {"low", "normal", "high", "urgent"})) @QueryParam("priority")
                    String priority,
            @Parameter(description = TaskListParams.ASSIGNEE_ID) @QueryParam("assignee_id") String assigneeId,
            @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1")) @QueryParam("label_id")
                    String labelId,
            @Parameter(description = TaskListParams.DUE_AFTER, schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
                    @QueryParam("due_after")
                    String dueAfter,
            @Parameter(
                            description = TaskListParams.DUE_BEFORE,
                            schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
                    @QueryParam("due_before")
                    String dueBefore,
            @Context ContainerRequestContext request) {
        var project = ItemRoutes.id(id, ProjectId::new);
        var listing = new TaskListParams(
                        paging, search, sort, null, status, priority, assigneeId, labelId, dueAfter, dueBefore)
                .read(Callers.of(request).id(), TaskQuery.all());
        return TaskJson.ListOf.of(
                tasks.projectList().list(Callers.requester(request), project, listing.query(), listing.page()));
    }
}
