package com.vecton.crm.adapter.in.rest.sla;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.adapter.in.rest.gate.PathId;
import com.vecton.crm.adapter.in.rest.gate.RequiresPermission;
import com.vecton.crm.adapter.in.rest.gate.ResourceType;
import com.vecton.crm.domain.task.TaskId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** The SLA of one task. */
@Path("/api/tasks/{id}/sla")
@ResourceType("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sla")
public final class TaskSlaResource {
    private final SlaUseCases uses;

    TaskSlaResource(SlaUseCases uses) {
        this.uses = uses;
    }

    @GET
    @RequiresPermission("tasks.view")
    @Operation(
            operationId = "showTaskSla",
            summary = "The SLA of a task: policy, due times, state, time paused",
            description =
                    "Due times in business minutes of the policy's calendar, paused periods taken from the task's status"
                            + " history; policy and state are null when no active policy applies.")
    public SlaJson.TaskSlaItem show(@PathParam("id") String id, @Context ContainerRequestContext request) {
        var task = new TaskId(PathId.parse(id));
        return new SlaJson.TaskSlaItem(
                SlaJson.TaskSlaJson.of(task.value(), uses.taskSla().show(Callers.requester(request), task)));
    }
}
