package com.vecton.crm.domain.task;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.search.SearchText;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which live tasks a list shows, and in what order. Every filter present must hold; the due
 * filters are a half-open range, {@code dueAfter <= due_at < dueBefore}, so that consecutive ranges
 * (one day, the next) neither overlap nor leave a gap, and leave out tasks without a due date.
 */
public record TaskQuery(
        Optional<SearchText> search,
        Optional<ProjectId> projectId,
        Optional<TaskStatus> status,
        Optional<TaskPriority> priority,
        Optional<UserId> assigneeId,
        Optional<TaskLabelId> labelId,
        Optional<Instant> dueBefore,
        Optional<Instant> dueAfter,
        SortOrder sort) {
    /** The fields a client may sort tasks by. */
    public static final Set<String> SORTABLE =
            Set.of("title", "priority", "due_at", "created_at", "updated_at", "position");

    public static final SortOrder DEFAULT_SORT = new SortOrder("created_at", true);

    public TaskQuery {
        if (search == null
                || projectId == null
                || status == null
                || priority == null
                || assigneeId == null
                || labelId == null
                || dueBefore == null
                || dueAfter == null
                || sort == null
                || !SORTABLE.contains(sort.field())) {
            throw new IllegalArgumentException("a task query has every filter (maybe empty) and an allowed sort");
        }
        if (dueBefore.isPresent() && dueAfter.isPresent() && !dueAfter.get().isBefore(dueBefore.get())) {
            throw ValidationFailed.of("due_after", "must be before due_before");
        }
    }

    /** All live tasks, newest first: the start of a query built filter by filter. */
    public static TaskQuery all() {
        return new TaskQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                DEFAULT_SORT);
    }

    public TaskQuery searching(SearchText text) {
        return new TaskQuery(
                Optional.of(text), projectId, status, priority, assigneeId, labelId, dueBefore, dueAfter, sort);
    }

    public TaskQuery inProject(ProjectId project) {
        return new TaskQuery(
                search, Optional.of(project), status, priority, assigneeId, labelId, dueBefore, dueAfter, sort);
    }

    public TaskQuery withStatus(TaskStatus s) {
        return new TaskQuery(
                search, projectId, Optional.of(s), priority, assigneeId, labelId, dueBefore, dueAfter, sort);
    }

    public TaskQuery withPriority(TaskPriority p) {
        return new TaskQuery(search, projectId, status, Optional.of(p), assigneeId, labelId, dueBefore, dueAfter, sort);
    }

    public TaskQuery assignedTo(UserId user) {
        return new TaskQuery(
                search, projectId, status, priority, Optional.of(user), labelId, dueBefore, dueAfter, sort);
    }

    public TaskQuery labelled(TaskLabelId label) {
        return new TaskQuery(
                search, projectId, status, priority, assigneeId, Optional.of(label), dueBefore, dueAfter, sort);
    }

    /**
     * Tasks due at or after {@code after} and before {@code before}; either may be {@code null}
     * (no bound on that side).
     *
     * @throws ValidationFailed on {@code due_after} when the range is empty ({@code after} not before {@code before})
     */
    public TaskQuery dueBetween(Instant after, Instant before) {
        return new TaskQuery(
                search,
                projectId,
                status,
                priority,
                assigneeId,
                labelId,
                Optional.ofNullable(before),
                Optional.ofNullable(after),
                sort);
    }

    public TaskQuery sortedBy(SortOrder order) {
        return new TaskQuery(search, projectId, status, priority, assigneeId, labelId, dueBefore, dueAfter, order);
    }
}
