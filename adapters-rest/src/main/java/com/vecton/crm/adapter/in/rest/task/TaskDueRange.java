package com.vecton.crm.adapter.in.rest.task;

import com.vecton.crm.adapter.in.rest.openapi.OpenApiDocument;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.QueryParam;

/**
 * The due range both task lists take ({@code due_after}, {@code due_before}), whole
 * ({@code @BeanParam}), declared once; {@link TaskListParams} reads it. Public for JAX-RS and swagger.
 */
public final class TaskDueRange {
    @Parameter(
            description = "tasks due at or after this instant, or this date's UTC midnight (inclusive); "
                    + "tasks without a due date are left out",
            schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
    @QueryParam("due_after")
    public String dueAfter;

    @Parameter(
            description = "tasks due before this instant, or this date's UTC midnight (exclusive); "
                    + "tasks without a due date are left out",
            schema = @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF))
    @QueryParam("due_before")
    public String dueBefore;
}
