package com.vecton.crm.domain.task;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.project.ProjectId;
import java.time.Instant;
import java.util.Set;

/**
 * A partial update of a task ({@code PATCH}); {@link #replacingWith} turns a full replacement
 * ({@code PUT}) into the same shape. Setting status or priority to {@code null} means the default,
 * setting assignees or labels to {@code null} means none, as on create.
 */
public record TaskEdit(
        FieldEdit<String> title,
        FieldEdit<String> description,
        FieldEdit<ProjectId> projectId,
        FieldEdit<TaskStatus> status,
        FieldEdit<TaskPriority> priority,
        FieldEdit<Instant> dueAt,
        FieldEdit<Set<UserId>> assigneeIds,
        FieldEdit<Set<TaskLabelId>> labelIds) {

    public TaskEdit {
        FieldEdit.requireEvery(
                "a task edit", title, description, projectId, status, priority, dueAt, assigneeIds, labelIds);
    }

    /** An edit that keeps every field; the start of an edit built field by field. */
    public static TaskEdit keepingAll() {
        return new TaskEdit(
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep());
    }

    public static TaskEdit replacingWith(TaskDetails d) {
        return new TaskEdit(
                FieldEdit.set(d.title()),
                FieldEdit.set(d.description()),
                FieldEdit.set(d.projectId()),
                FieldEdit.set(d.status()),
                FieldEdit.set(d.priority()),
                FieldEdit.set(d.dueAt()),
                FieldEdit.set(d.assigneeIds()),
                FieldEdit.set(d.labelIds()));
    }

    public TaskEdit withStatus(TaskStatus newStatus) {
        return new TaskEdit(
                title, description, projectId, FieldEdit.set(newStatus), priority, dueAt, assigneeIds, labelIds);
    }

    public TaskEdit withTitle(String newTitle) {
        return new TaskEdit(
                FieldEdit.set(newTitle), description, projectId, status, priority, dueAt, assigneeIds, labelIds);
    }

    public TaskEdit withProject(ProjectId newProject) {
        return new TaskEdit(
                title, description, FieldEdit.set(newProject), status, priority, dueAt, assigneeIds, labelIds);
    }

    public TaskEdit withAssignees(Set<UserId> newAssignees) {
        return new TaskEdit(
                title, description, projectId, status, priority, dueAt, FieldEdit.set(newAssignees), labelIds);
    }

    public TaskEdit withLabels(Set<TaskLabelId> newLabels) {
        return new TaskEdit(
                title, description, projectId, status, priority, dueAt, assigneeIds, FieldEdit.set(newLabels));
    }

    /** The details after this edit, validated as a whole. */
    public TaskDetails applyTo(TaskDetails t) {
        return new TaskDetails(
                title.applyTo(t.title()),
                description.applyTo(t.description()),
                projectId.applyTo(t.projectId()),
                status.applyTo(t.status()),
                priority.applyTo(t.priority()),
                dueAt.applyTo(t.dueAt()),
                assigneeIds.applyTo(t.assigneeIds()),
                labelIds.applyTo(t.labelIds()));
    }
}
