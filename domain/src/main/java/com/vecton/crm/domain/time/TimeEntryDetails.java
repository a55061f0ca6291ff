package com.vecton.crm.domain.time;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a user may set on a time entry. Validates all fields at once; the note is trimmed and a
 * blank one becomes absent. An absent {@code endedAt} is a running timer, open-ended. That the
 * project and the task are live is a rule about stored data, checked by the use case.
 *
 * <p>Time is booked on a project, on a task, or on both. With a task the entry's project is the
 * task's project ({@link #bookedOn}); until the use case has looked it up, details that name a task
 * may lack the project, but a stored {@link TimeEntry} always has one.
 */
public record TimeEntryDetails(
        ProjectId projectId, TaskId taskId, Instant startedAt, Instant endedAt, String note, boolean billable) {
    public static final int MAX_NOTE = 2_000;

    public TimeEntryDetails {
        note = Text.clean(note);

        var errors = new FieldErrors();
        if (projectId == null && taskId == null) {
            errors.add("project_id", "is required without a task_id");
        }
        if (startedAt == null) {
            errors.add("started_at", "is required");
        }
        if (endsAtOrBeforeItStarts(startedAt, endedAt)) {
            errors.add("ended_at", "must be after started_at");
        }
        errors.maxLength("note", note, MAX_NOTE);
        errors.throwIfAny();
    }

    /** The time rule: an entry lasts a positive time; an open end (a running timer) is fine. */
    public static boolean endsAtOrBeforeItStarts(Instant start, Instant end) {
        return start != null && end != null && !end.isAfter(start);
    }

    /**
     * These details with the project their task decides: unchanged without a task; with one, on
     * the task's project, which a project given as well must be.
     *
     * @throws ValidationFailed on {@code task_id} when the task is not live ({@link TaskProjects})
     *         or belongs to another project than the one given
     */
    public TimeEntryDetails bookedOn(TaskProjects tasks) {
        if (taskId == null) {
            return this;
        }
        ProjectId taskProject = tasks.ofLiveTask(taskId);
        if (projectId != null && !projectId.equals(taskProject)) {
            throw ValidationFailed.of("task_id", "must be a task of project_id");
        }
        return new TimeEntryDetails(taskProject, taskId, startedAt, endedAt, note, billable);
    }

    /** Whether the project is known: always, except for details naming a task not yet looked up. */
    public boolean hasProject() {
        return projectId != null;
    }

    public boolean isRunning() {
        return endedAt == null;
    }

    /**
     * Whole minutes between start and end, rounded down (59 s count 0); {@code null} while running.
     * The database derives its {@code duration_minutes} column the same way (V10).
     */
    public Long durationMinutes() {
        return endedAt == null ? null : Duration.between(startedAt, endedAt).toMinutes();
    }

    public TimeEntryDetails endedAt(Instant end) {
        return new TimeEntryDetails(projectId, taskId, startedAt, end, note, billable);
    }

    /** The fields by API name, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("project_id", projectId == null ? null : projectId.value());
        fields.put("task_id", taskId == null ? null : taskId.value());
        fields.put("started_at", startedAt.toString());
        fields.put("ended_at", endedAt == null ? null : endedAt.toString());
        fields.put("duration_minutes", durationMinutes());
        fields.put("note", note);
        fields.put("billable", billable);
        return fields;
    }
}
