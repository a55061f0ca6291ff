package com.vecton.crm.adapter.in.rest.task;

import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.ListParams;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskPriority;
import com.vecton.crm.domain.task.TaskQuery;
import com.vecton.crm.domain.task.TaskStatus;

/**
 * The query string of a task list, as sent, and how it becomes a {@link TaskQuery}: one reader for
 * {@code GET /api/tasks} and {@code GET /api/projects/{id}/tasks}, so that the two lists cannot
 * come to filter differently. Every malformed parameter is one 422 naming it.
 */
record TaskListParams(String page, String perPage, String search, String sort, String projectId, String status,
                      String priority, String assigneeId) {

    /** The OpenAPI descriptions of the parameters both lists take. */
    static final String ASSIGNEE_ID = "a user id, or me for the caller";

    /** A list request read from the query string. */
    record Listing(TaskQuery query, PageRequest page) {
    }

    /**
     * The filters and the page, refined from {@code start}.
     *
     * @param caller who {@code assignee_id=me} means
     */
    Listing read(UserId caller, TaskQuery start) {
        var errors = new InputErrors();
        var params = ListParams.read(page, perPage, search, sort, TaskQuery.SORTABLE, TaskQuery.DEFAULT_SORT, errors);
        Long project = QueryParams.positiveId(projectId, "project_id", errors);
        TaskStatus statusFilter = status == null || status.isBlank() ? null
                : errors.capture(() -> TaskStatus.parse("status", status.strip()));
        TaskPriority priorityFilter = priority == null || priority.isBlank() ? null
                : errors.capture(() -> TaskPriority.parse("priority", priority.strip()));
        UserId assignee = QueryParams.userIdOrMe(assigneeId, "assignee_id", caller, errors);
        errors.throwIfAny();

        TaskQuery query = start.sortedBy(params.sort());
        if (params.search().isPresent()) {
            query = query.searching(params.search().get());
        }
        if (project != null) {
            query = query.inProject(new ProjectId(project));
        }
        if (statusFilter != null) {
            query = query.withStatus(statusFilter);
        }
        if (priorityFilter != null) {
            query = query.withPriority(priorityFilter);
        }
        if (assignee != null) {
            query = query.assignedTo(assignee);
        }
        return new Listing(query, params.page());
    }
}
