package com.vecton.crm.domain.time;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import java.time.Instant;
import java.util.Optional;

/**
 * Which live time entries a list shows: optionally one owner's, one project's, one task's, and
 * those that start in the half-open range {@code [from, to)}. Lists are newest first (start, then
 * id, both descending); the totals of a {@link TimeEntryListing} cover every match, not just one page.
 */
public record TimeEntryQuery(
        Optional<UserId> owner,
        Optional<ProjectId> project,
        Optional<TaskId> task,
        Optional<Instant> from,
        Optional<Instant> to) {
    public TimeEntryQuery {
        if (owner == null || project == null || task == null || from == null || to == null) {
            throw new IllegalArgumentException("a time entry query has its filters, each possibly empty");
        }
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            throw ValidationFailed.of("to", "must be after from");
        }
    }

    /** Every live entry. */
    public static TimeEntryQuery all() {
        return new TimeEntryQuery(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public TimeEntryQuery ownedBy(UserId user) {
        return new TimeEntryQuery(Optional.of(user), project, task, from, to);
    }

    public TimeEntryQuery onProject(ProjectId p) {
        return new TimeEntryQuery(owner, Optional.of(p), task, from, to);
    }

    public TimeEntryQuery onTask(TaskId t) {
        return new TimeEntryQuery(owner, project, Optional.of(t), from, to);
    }

    public TimeEntryQuery startingWithin(Instant start, Instant end) {
        return new TimeEntryQuery(owner, project, task, Optional.ofNullable(start), Optional.ofNullable(end));
    }
}
