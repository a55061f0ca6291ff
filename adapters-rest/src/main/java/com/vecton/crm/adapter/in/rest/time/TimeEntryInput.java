package com.vecton.crm.adapter.in.rest.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.time.TimeEntryDetails;
import com.vecton.crm.domain.time.TimeEntryEdit;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Optional;

/**
 * The fields a client may send for a time entry, and how a body becomes domain input. The record
 * only documents the shape (OpenAPI); bodies are read from the JSON tree. A malformed or unstorable
 * time or user id, an impossible project or task id is a 422 on its field, gathered with the
 * domain's own.
 */
@Schema(
        name = "TimeEntryInput",
        example =
                "{\"project_id\": 1, \"started_at\": \"2026-11-20T09:00:00Z\", \"ended_at\": \"2026-11-20T10:30:00Z\", \"note\": \"kick-off\", \"billable\": true}",
        description = "POST and PUT need started_at, ended_at, and project_id or task_id; "
                + "PATCH changes only the fields sent (null clears)")
record TimeEntryInput(
        @JsonProperty("user_id")
        @Schema(
                nullable = true,
                description = "POST only: whose time it "
                        + "is, the caller when absent; another user needs time_entries.manage")
        String userId,

        @JsonProperty("project_id")
        @Schema(
                nullable = true,
                description = "required without task_id; " + "with one, the task's project (the default)")
        Long projectId,

        @JsonProperty("task_id") @Schema(nullable = true, description = "a live task")
        Long taskId,

        @JsonProperty("started_at") @Schema(format = "date-time")
        String startedAt,

        @JsonProperty("ended_at") @Schema(format = "date-time", description = "after started_at")
        String endedAt,

        @JsonProperty("note") @Schema(nullable = true, maxLength = TimeEntryDetails.MAX_NOTE)
        String note,

        @JsonProperty("billable") @Schema(nullable = true, defaultValue = "false")
        Boolean billable) {

    /** For POST: whose time it is (empty: the caller's) and what was done. */
    record New(Optional<UserId> owner, TimeEntryDetails details) {}

    static New created(TimeEntryBody body) {
        var errors = new InputErrors();
        Optional<UserId> owner = owner(body, errors);
        TimeEntryDetails details = details(body, errors);
        errors.throwIfAny();
        return new New(owner, details);
    }

    /** For PUT: every field, absent ones as {@code null} ({@code billable}: false); the owner stays. */
    static TimeEntryDetails replacement(TimeEntryBody body) {
        var errors = new InputErrors();
        TimeEntryDetails details = details(body, errors);
        errors.throwIfAny();
        return details;
    }

    /** For PATCH: only the fields present change; the domain validates the result. */
    static TimeEntryEdit edit(TimeEntryBody body) {
        var errors = new InputErrors();
        var fields = body.fields();
        var edit = new TimeEntryEdit(
                projectId(fields.integer("project_id", errors), errors),
                taskId(fields.integer("task_id", errors), errors),
                fields.instant("started_at", errors),
                fields.instant("ended_at", errors),
                fields.text("note", errors),
                body.billable());
        errors.throwIfAny();
        return edit;
    }

    /** The body of {@code POST /api/time-entries/start}: a timer starts now and has no end yet. */
    @Schema(
            name = "TimerInput",
            example = "{\"task_id\": 1, \"note\": \"spec review\", \"billable\": true}",
            description = "project_id or task_id is required")
    record TimerInput(
            @JsonProperty("user_id")
            @Schema(
                    nullable = true,
                    description = "whose timer, the caller " + "when absent; another user needs time_entries.manage")
            String userId,

            @JsonProperty("project_id") @Schema(nullable = true)
            Long projectId,

            @JsonProperty("task_id") @Schema(nullable = true)
            Long taskId,

            @JsonProperty("note") @Schema(nullable = true, maxLength = TimeEntryDetails.MAX_NOTE)
            String note,

            @JsonProperty("billable") @Schema(nullable = true, defaultValue = "false")
            Boolean billable) {}

    /** A timer to start, read from a {@link TimerInput} body; the domain validates the rest when it starts. */
    record Timer(Optional<UserId> owner, ProjectId project, TaskId task, String note, boolean billable) {
        static Timer read(TimeEntryBody body) {
            var errors = new InputErrors();
            var fields = body.fields();
            Optional<UserId> owner = TimeEntryInput.owner(body, errors);
            ProjectId project =
                    projectId(fields.integer("project_id", errors), errors).applyTo(null);
            TaskId task = taskId(fields.integer("task_id", errors), errors).applyTo(null);
            String note = fields.textOrNull("note", errors);
            errors.throwIfAny();
            return new Timer(owner, project, task, note, isBillable(body));
        }
    }

    private static TimeEntryDetails details(TimeEntryBody body, InputErrors errors) {
        var fields = body.fields();
        ProjectId project =
                projectId(fields.integer("project_id", errors), errors).applyTo(null);
        TaskId task = taskId(fields.integer("task_id", errors), errors).applyTo(null);
        Instant startedAt = fields.instant("started_at", errors).applyTo(null);
        Instant endedAt = fields.instant("ended_at", errors).applyTo(null);
        String note = fields.textOrNull("note", errors);
        return errors.capture(() -> new TimeEntryDetails(project, task, startedAt, endedAt, note, isBillable(body)));
    }

    private static boolean isBillable(TimeEntryBody body) {
        return Boolean.TRUE.equals(body.billable().applyTo(null));
    }

    private static Optional<UserId> owner(TimeEntryBody body, InputErrors errors) {
        String raw = body.fields().textOrNull("user_id", errors);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UserId(raw.strip()));
        } catch (IllegalArgumentException impossible) {
            errors.add("user_id", "must be an active user of this tenant");
            return Optional.empty();
        }
    }

    private static FieldEdit<ProjectId> projectId(FieldEdit<Long> raw, InputErrors errors) {
        if (!(raw instanceof FieldEdit.Set<Long> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        if (set.value() < 1) {
            errors.add("project_id", "must be a live project");
            return FieldEdit.keep();
        }
        return FieldEdit.set(new ProjectId(set.value()));
    }

    private static FieldEdit<TaskId> taskId(FieldEdit<Long> raw, InputErrors errors) {
        if (!(raw instanceof FieldEdit.Set<Long> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        if (set.value() < 1) {
            errors.add("task_id", "must be a live task");
            return FieldEdit.keep();
        }
        return FieldEdit.set(new TaskId(set.value()));
    }
}
