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
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields a client may send for a task, and how a body becomes domain input. The record only
 * documents the shape (OpenAPI); bodies are read from the JSON tree. A malformed time, an unknown
 * status or priority, an impossible id is a 422 on its field, gathered with the domain's own.
 */
@Schema(name = "TaskInput", description = "POST and PUT need title and project_id; PATCH changes only the fields sent (null clears)")
record TaskInput(@JsonProperty("title") @Schema(maxLength = 200) String title,
                 @JsonProperty("description") @Schema(nullable = true, maxLength = 10_000) String description,
                 @JsonProperty("project_id") long projectId,
                 @JsonProperty("status") @Schema(nullable = true, allowableValues = {"todo", "in_progress", "review", "done"},
                         defaultValue = "todo") String status,
                 @JsonProperty("priority") @Schema(nullable = true, allowableValues = {"low", "normal", "high", "urgent"})
                 String priority,
                 @JsonProperty("due_at") @Schema(nullable = true, format = "date-time") String dueAt,
                 @JsonProperty("assignee_ids") @Schema(nullable = true) List<String> assigneeIds,
                 @JsonProperty("label_ids") @Schema(nullable = true) List<Long> labelIds) {

    /** For POST and PUT: every field, absent ones as {@code null}, validated as a whole. */
    static TaskDetails details(JsonBody body) {
        var errors = new InputErrors();
        String title = body.textOrNull("title");
        String description = body.textOrNull("description");
        ProjectId project = projectId(body.integer("project_id"), errors).applyTo(null);
        TaskStatus status = status("status", body.text("status"), errors).applyTo(null);
        TaskPriority priority = priority(body.text("priority"), errors).applyTo(null);
        Instant dueAt = instant(body.text("due_at"), errors).applyTo(null);
        Set<UserId> assignees = assignees(body.textList("assignee_ids"), errors).applyTo(null);
        Set<TaskLabelId> labels = labels(body.integerList("label_ids"), errors).applyTo(null);
        TaskDetails details = errors.capture(() ->
                new TaskDetails(title, description, project, status, priority, dueAt, assignees, labels));
        errors.throwIfAny();
        return details;
    }

    /** For PATCH: only the fields present change; the domain validates the result. */
    static TaskEdit edit(JsonBody body) {
        var errors = new InputErrors();
        var edit = new TaskEdit(body.text("title"), body.text("description"),
                projectId(body.integer("project_id"), errors), status("status", body.text("status"), errors),
                priority(body.text("priority"), errors), instant(body.text("due_at"), errors),
                assignees(body.textList("assignee_ids"), errors), labels(body.integerList("label_ids"), errors));
        errors.throwIfAny();
        return edit;
    }

    /** For a move: the target column's status (required) and the index in it (required, clamped by the use case). */
    record Move(TaskStatus status, int position) {
        static Move read(JsonBody body) {
            var errors = new InputErrors();
            FieldEdit<String> rawStatus = body.text("status");
            TaskStatus status = TaskInput.status("status", rawStatus, errors).applyTo(null);
            Long position = body.integerOrNull("position");
            if (rawStatus.applyTo(null) == null) {
                errors.add("status", "is required");
            }
            if (position == null) {
                errors.add("position", "is required");
            } else if (position < 0) {
                errors.add("position", "must be 0 or more");
            }
            errors.throwIfAny();
            return new Move(status, (int) Math.min(position, Integer.MAX_VALUE));
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

    private static FieldEdit<Instant> instant(FieldEdit<String> raw, InputErrors errors) {
        if (!(raw instanceof FieldEdit.Set<String> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null || set.value().isBlank()) {
            return FieldEdit.set(null);
        }
        try {
            return FieldEdit.set(Instant.parse(set.value().strip()));
        } catch (DateTimeParseException notATime) {
            errors.add("due_at", "must be a time such as 2026-05-31T17:00:00Z");
            return FieldEdit.keep();
        }
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
