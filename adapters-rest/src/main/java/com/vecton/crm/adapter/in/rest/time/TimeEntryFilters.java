package com.vecton.crm.adapter.in.rest.time;

import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.time.Instant;
import java.util.Optional;

/**
 * The filters a time entry list and export share, read from the query string: {@code user_id},
 * {@code project_id}, {@code task_id}, and the start range {@code from} (inclusive) to {@code to}
 * (exclusive). Whose entries these are ({@code owner}) is decided later, with the caller's rights
 * (by the use case); {@code query} holds the rest.
 *
 * <p>Times are ISO-8601 instants ({@code 2026-11-20T08:00:00Z}) or UTC dates ({@code 2026-11-20}):
 * a date {@code from} is the start of that day, a date {@code to} the end of it, so
 * {@code from=2026-11-01&to=2026-11-30} is all of November, as the day totals count UTC days.
 * Both lie within the years 1-9999 ({@link com.vecton.crm.adapter.in.rest.input.TimeValues}).
 */
record TimeEntryFilters(Optional<UserId> owner, TimeEntryQuery query) {
    /** Every malformed parameter is a field error in {@code errors}; the result is unusable until they are thrown. */
    static TimeEntryFilters read(
            String userId, String projectId, String taskId, String from, String to, InputErrors errors) {
        Optional<UserId> owner = Optional.empty();
        if (userId != null && !userId.isBlank()) {
            try {
                owner = Optional.of(new UserId(userId.strip()));
            } catch (IllegalArgumentException impossible) {
                errors.add("user_id", "must be a user id");
            }
        }
        Long project = QueryParams.positiveId(projectId, "project_id", errors);
        Long task = QueryParams.positiveId(taskId, "task_id", errors);
        Instant start = QueryParams.instantOrStartOfDay(from, "from", errors);
        Instant end = QueryParams.instantOrEndOfDay(to, "to", errors);
        TimeEntryQuery query = errors.capture(() -> {
            var q = TimeEntryQuery.all().startingWithin(start, end);
            q = project == null ? q : q.onProject(new ProjectId(project));
            return task == null ? q : q.onTask(new TaskId(task));
        });
        return new TimeEntryFilters(owner, query);
    }
}
