package com.vecton.crm.adapter.in.rest.task;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.adapter.in.rest.json.PageOf;
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
    public PageOf<TaskJson> list(
            @PathParam("id") String id,
            @BeanParam PageParams paging,
            @BeanParam TaskSearch searching,
            @BeanParam TaskFilters filters,
            @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1")) @QueryParam("label_id")
                    String labelId,
            @BeanParam TaskDueRange due,
            @Context ContainerRequestContext request) {
        var project = ItemRoutes.id(id, ProjectId::new);
        var listing = new TaskListParams(paging, searching, null, filters, labelId, due)
                .read(Callers.of(request).id(), TaskQuery.all());
        return PageOf.of(
                tasks.projectList().list(Callers.requester(request), project, listing.query(), listing.page()),
                TaskJson::from);
    }
}
