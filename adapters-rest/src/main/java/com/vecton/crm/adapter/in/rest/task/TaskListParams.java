package com.vecton.crm.adapter.in.rest.task;

import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.ListParams;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskPriority;
import com.vecton.crm.domain.task.TaskQuery;
import com.vecton.crm.domain.task.TaskStatus;
import java.time.Instant;

/**
 * The query string of a task list, as sent (the parts both lists take: {@link TaskSearch},
 * {@link TaskFilters}, {@code label_id}, {@link TaskDueRange}), and how it becomes a {@link TaskQuery}: one reader for
 * {@code GET /api/tasks} and {@code GET /api/projects/{id}/tasks}, so that the two lists cannot
 * come to filter differently. Every malformed parameter is one 422 naming it.
 *
 * <p>The due filters are a half-open range, as the activity log's {@code from}/{@code to} are:
 * {@code due_after} is inclusive, {@code due_before} exclusive, each an instant or a date meaning
 * UTC midnight, so {@code due_after=2026-12-01&due_before=2026-12-02} is exactly that UTC day, and
 * consecutive ranges neither overlap nor leave a gap. A task without a due date matches neither.
 */
record TaskListParams(
        PageParams paging,
        TaskSearch searching,
        String projectId,
        TaskFilters filters,
        String labelId,
        TaskDueRange due) {

    /** A list request read from the query string. */
    record Listing(TaskQuery query, PageRequest page) {}

    /**
     * The filters and the page, refined from {@code start}.
     *
     * @param caller who {@code assignee_id=me} means
     */
    Listing read(UserId caller, TaskQuery start) {
        var errors = new InputErrors();
        var params = ListParams.read(
                paging, searching.search, searching.sort, TaskQuery.SORTABLE, TaskQuery.DEFAULT_SORT, errors);
        var status = filters.status;
        var priority = filters.priority;
        Long project = QueryParams.positiveId(projectId, "project_id", errors);
        TaskStatus statusFilter = status == null || status.isBlank()
                ? null
                : errors.capture(() -> TaskStatus.parse("status", status.strip()));
        TaskPriority priorityFilter = priority == null || priority.isBlank()
                ? null
                : errors.capture(() -> TaskPriority.parse("priority", priority.strip()));
        UserId assignee = QueryParams.userIdOrMe(filters.assigneeId, "assignee_id", caller, errors);
        Long label = QueryParams.positiveId(labelId, "label_id", errors);
        Instant after = QueryParams.instantOrStartOfDay(due.dueAfter, "due_after", errors);
        Instant before = QueryParams.instantOrStartOfDay(due.dueBefore, "due_before", errors);
        TaskQuery due = after == null && before == null ? start : errors.capture(() -> start.dueBetween(after, before));
        errors.throwIfAny();

        TaskQuery query = due.sortedBy(params.sort());
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
        if (label != null) {
            query = query.labelled(new TaskLabelId(label));
        }
        return new Listing(query, params.page());
    }
}
