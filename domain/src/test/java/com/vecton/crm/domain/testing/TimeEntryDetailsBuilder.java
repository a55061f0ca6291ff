package com.vecton.crm.domain.testing;

import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.time.TimeEntryDetails;
import java.time.Duration;
import java.time.Instant;

/** Test data: valid {@link TimeEntryDetails}, an hour on a project by default, changed only where a test cares. */
public final class TimeEntryDetailsBuilder {
    private ProjectId project;
    private TaskId task;
    private Instant startedAt = Instant.parse("2026-11-20T09:00:00Z");
    private Instant endedAt = startedAt.plus(Duration.ofHours(1));
    private String note;
    private boolean billable;

    private TimeEntryDetailsBuilder(ProjectId project) {
        this.project = project;
    }

    /** Time on this project (which must exist to store the entry). */
    public static TimeEntryDetailsBuilder aTimeEntry(ProjectId project) {
        return new TimeEntryDetailsBuilder(project);
    }

    /** Booked on a task as well; its project must then be the entry's. */
    public TimeEntryDetailsBuilder onTask(TaskId task) {
        this.task = task;
        return this;
    }

    /** From {@code start} for {@code length}. */
    public TimeEntryDetailsBuilder spanning(String start, Duration length) {
        this.startedAt = Instant.parse(start);
        this.endedAt = startedAt.plus(length);
        return this;
    }

    /** A timer started at {@code start} and still running (no end). */
    public TimeEntryDetailsBuilder runningSince(String start) {
        this.startedAt = Instant.parse(start);
        this.endedAt = null;
        return this;
    }

    public TimeEntryDetailsBuilder noted(String note) {
        this.note = note;
        return this;
    }

    public TimeEntryDetailsBuilder billable() {
        this.billable = true;
        return this;
    }

    public TimeEntryDetails build() {
        return new TimeEntryDetails(project, task, startedAt, endedAt, note, billable);
    }
}
