package com.vecton.crm.adapter.in.rest.task;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.QueryParam;

/**
 * The search and sort of a task list ({@code search}, {@code sort}), as both task lists take them
 * whole ({@code @BeanParam}), declared once; {@link TaskListParams} reads them. Public for JAX-RS
 * and swagger.
 */
public final class TaskSearch {
    @Parameter(description = "case- and accent-insensitive substring")
    @QueryParam("search")
    public String search;

    @Parameter(description = "title, priority, due_at, created_at, updated_at or position; prefix - for descending")
    @QueryParam("sort")
    public String sort;
}
