package com.vecton.crm.adapter.in.rest.task;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskDetails;
import com.vecton.crm.domain.task.TaskEdit;
import com.vecton.crm.domain.task.TaskPriority;
import com.vecton.crm.domain.task.TaskStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields a client may send for a task, and how a body becomes domain input. The record only
 * documents the shape (OpenAPI); bodies are read from the JSON tree. A malformed or unstorable time,
 * an unknown status or priority, an impossible id is a 422 on its field, gathered with the domain's own.
 */
@Schema(
        name = "TaskInput",
        example =
                "{\"title\": \"Write the spec\", \"project_id\": 1, \"status\": \"todo\", \"priority\": \"high\", \"due_at\": \"2026-12-15T17:00:00Z\", \"assignee_ids\": [\"u-reader\"], \"label_ids\": [1]}",
        description = "POST and PUT need title and project_id; PATCH changes only the fields sent (null clears)")
record TaskInput(
        @JsonProperty("title") @Schema(maxLength = TaskDetails.MAX_TITLE)
        String title,

        @JsonProperty("description") @Schema(nullable = true, maxLength = TaskDetails.MAX_DESCRIPTION)
        String description,

        @JsonProperty("project_id") long projectId,

        @JsonProperty("status")
        @Schema(
                nullable = true,
                allowableValues = {"todo", "in_progress", "review", "done"},
                defaultValue = "todo")
        String status,

        @JsonProperty("priority")
        @Schema(
                nullable = true,
                allowableValues = {"low", "normal", "high", "urgent"})
        String priority,

        @JsonProperty("due_at") @Schema(nullable = true, format = "date-time")
        String dueAt,

        @JsonProperty("assignee_ids") @Schema(nullable = true)
        List<String> assigneeIds,

        @JsonProperty("label_ids") @Schema(nullable = true) List<Long> labelIds) {

    /** For POST and PUT: every field, absent ones as {@code null}, validated as a whole. */
    static TaskDetails details(JsonBody body) {
        var errors = new InputErrors();
        String title = body.textOrNull("title", errors);
        String description = body.textOrNull("description", errors);
        ProjectId project =
                projectId(body.integer("project_id", errors), errors).applyTo(null);
        TaskStatus status =
                status("status", body.text("status", errors), errors).applyTo(null);
        TaskPriority priority = priority(body.text("priority", errors), errors).applyTo(null);
        Instant dueAt = body.instant("due_at", errors).applyTo(null);
        Set<UserId> assignees =
                assignees(body.textList("assignee_ids", errors), errors).applyTo(null);
        Set<TaskLabelId> labels =
                labels(body.integerList("label_ids", errors), errors).applyTo(null);
        TaskDetails details = errors.capture(
                () -> new TaskDetails(title, description, project, status, priority, dueAt, assignees, labels));
        errors.throwIfAny();
        return details;
    }

    /** For PATCH: only the fields present change; the domain validates the result. */
    static TaskEdit edit(JsonBody body) {
        var errors = new InputErrors();
        var edit = new TaskEdit(
                body.text("title", errors),
                body.text("description", errors),
                projectId(body.integer("project_id", errors), errors),
                status("status", body.text("status", errors), errors),
                priority(body.text("priority", errors), errors),
                body.instant("due_at", errors),
                assignees(body.textList("assignee_ids", errors), errors),
                labels(body.integerList("label_ids", errors), errors));
        errors.throwIfAny();
        return edit;
    }

    /**
     * The body of a move, as the OpenAPI document shows it. A record of the domain's types would
     * be documented with the Java names of {@link TaskStatus} ({@code TODO}), which the API refuses:
     * generated clients sent those and got 422s. {@link Move} is what a body becomes.
     */
    @Schema(
            name = "Move",
            example = "{\"status\": \"in_progress\", \"position\": 0}",
            description = "where the task goes: a column of its board and an index in it")
    record MoveInput(
            @JsonProperty("status")
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"todo", "in_progress", "review", "done"})
            String status,

            @JsonProperty("position")
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "0",
                    maximum = "2147483647",
                    description = "index in the target column, from 0; " + "a larger one puts the task last")
            int position) {}

    /**
     * For a move: the target column's status (required) and the index in it (required, clamped
     * into the column by the use case). The index is an {@code int}, as the domain's position and
     * the {@code integer} column are: a larger one is refused rather than quietly cut down to it.
     */
    record Move(TaskStatus status, int position) {
        static Move read(JsonBody body) {
            var errors = new InputErrors();
            FieldEdit<String> rawStatus = body.text("status", errors);
            TaskStatus status = TaskInput.status("status", rawStatus, errors).applyTo(null);
            Long position =
                    body.integer("position", 0, Integer.MAX_VALUE, errors).applyTo(null);
            if (rawStatus.applyTo(null) == null) {
                errors.add("status", "is required");
            }
            if (position == null) {
                errors.add("position", "is required");
            }
            errors.throwIfAny();
            return new Move(status, Math.toIntExact(position));
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

    static FieldEdit<TaskStatus> status(String field, FieldEdit<String> raw, InputErrors errors) {
        if (!(raw instanceof FieldEdit.Set<String> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        TaskStatus status = errors.capture(() -> TaskStatus.parse(field, set.value()));
        return status == null ? FieldEdit.keep() : FieldEdit.set(status);
    }

    private static FieldEdit<TaskPriority> priority(FieldEdit<String> raw, InputErrors errors) {
        if (!(raw instanceof FieldEdit.Set<String> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        TaskPriority priority = errors.capture(() -> TaskPriority.parse("priority", set.value()));
        return priority == null ? FieldEdit.keep() : FieldEdit.set(priority);
    }

    private static FieldEdit<Set<UserId>> assignees(FieldEdit<List<String>> raw, InputErrors errors) {
        if (!(raw instanceof FieldEdit.Set<List<String>> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        var ids = new HashSet<UserId>();
        for (String value : set.value()) {
            try {
                ids.add(new UserId(value.strip()));
            } catch (IllegalArgumentException impossible) {
                errors.add("assignee_ids", "must be active users of this tenant");
                return FieldEdit.keep();
            }
        }
        return FieldEdit.set(ids);
    }

    private static FieldEdit<Set<TaskLabelId>> labels(FieldEdit<List<Long>> raw, InputErrors errors) {
        if (!(raw instanceof FieldEdit.Set<List<Long>> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        var ids = new HashSet<TaskLabelId>();
        for (Long value : set.value()) {
            if (value < 1) {
                errors.add("label_ids", "must be existing labels");
                return FieldEdit.keep();
            }
            ids.add(new TaskLabelId(value));
        }
        return FieldEdit.set(ids);
    }
}
