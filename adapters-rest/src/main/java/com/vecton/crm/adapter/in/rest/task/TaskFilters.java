package com.vecton.crm.adapter.in.rest.task;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.QueryParam;

/**
 * The filters both task lists take by name ({@code status}, {@code priority}, {@code assignee_id}),
 * whole ({@code @BeanParam}), declared once; {@link TaskListParams} reads them. Public for JAX-RS
 * and swagger. {@code label_id} stays on the routes: swagger shows a bean's text field as a string,
 * whatever its schema says, and it is an integer.
 */
public final class TaskFilters {
    @Parameter(schema = @Schema(allowableValues = {"todo", "in_progress", "review", "done"}))
    @QueryParam("status")
    public String status;

    @Parameter(schema = @Schema(allowableValues = {"low", "normal", "high", "urgent"}))
    @QueryParam("priority")
    public String priority;

    @Parameter(description = "a user id, or me for the caller")
    @QueryParam("assignee_id")
    public String assigneeId;
}
