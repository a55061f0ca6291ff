package com.vecton.crm.adapter.in.rest.communication;

import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.ListParams;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.domain.communication.CommunicationLogQuery;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.QueryParam;

/**
 * The search and sort of a list of log entries ({@code search}, {@code sort}), as the staff's list
 * and the portal's take them whole ({@code @BeanParam}), declared and read once. Public for JAX-RS
 * and swagger.
 */
public final class LogSearch {
    @Parameter(description = "case- and accent-insensitive substring of subject or body")
    @QueryParam("search")
    public String search;

    @Parameter(
            description = "occurred_at (the default, newest first), created_at or updated_at; prefix - for descending")
    @QueryParam("sort")
    public String sort;

    /** The page, search and sort; failures go to {@code errors} (then their part is {@code null}). */
    public ListParams read(PageParams paging, InputErrors errors) {
        return ListParams.read(
                paging, search, sort, CommunicationLogQuery.SORTABLE, CommunicationLogQuery.DEFAULT_SORT, errors);
    }
}
