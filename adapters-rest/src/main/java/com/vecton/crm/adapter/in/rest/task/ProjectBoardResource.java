package com.vecton.crm.adapter.in.rest.task;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.adapter.in.rest.item.ItemRoutes;
import com.vecton.crm.domain.project.ProjectId;
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
 * One project's board, needing {@code tasks.list} on {@code crm:projects/{id}}; checked with
 * {@code resource.project_id} known, as {@link ProjectTasksResource} is. A separate class because
 * JAX-RS does not fall back from one class to another: a class at {@code /api/projects/{id}}
 * would hide the project item routes.
 */
@Path("/api/projects/{id}/board")
@ResourceType("projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
public final class ProjectBoardResource {
    private final TaskUseCases tasks;

    ProjectBoardResource(TaskUseCases tasks) {
        this.tasks = tasks;
    }

    @GET
    @RequiresPermission("tasks.list")
    @Operation(
            operationId = "showBoard",
            description =
                    "Answers the project's four status columns, each with all its live tasks in board order; it needs every task of the project to be visible to the caller.",
            summary = "One project's board: every status column with its tasks in order")
    public TaskJson.BoardItem board(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return TaskJson.BoardItem.of(tasks.board().show(Callers.requester(request), ItemRoutes.id(id, ProjectId::new)));
    }
}
