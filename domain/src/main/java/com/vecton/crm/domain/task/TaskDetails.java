package com.vecton.crm.domain.task;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.problem.FieldErrors;
import com.vecton.crm.domain.project.ProjectId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a user may set on a task. Validates all fields at once; texts are trimmed and blank ones
 * become absent, an absent status or priority is the default, absent assignees or labels are none.
 * That the project is live and not archived, the assignees active users and the labels existing
 * ones are rules about stored data, checked by the use cases.
 */
public record TaskDetails(
        String title,
        String description,
        ProjectId projectId,
        TaskStatus status,
        TaskPriority priority,
        Instant dueAt,
        Set<UserId> assigneeIds,
        Set<TaskLabelId> labelIds) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;

    public TaskDetails {
        title = Text.clean(title);
        description = Text.clean(description);
        status = status == null ? TaskStatus.DEFAULT : status;
        priority = priority == null ? TaskPriority.DEFAULT : priority;
        assigneeIds = assigneeIds == null ? Set.of() : Set.copyOf(assigneeIds);
        labelIds = labelIds == null ? Set.of() : Set.copyOf(labelIds);

        var errors = new FieldErrors();
        if (title == null) {
            errors.add("title", "is required");
        }
        errors.maxLength("title", title, MAX_TITLE).maxLength("description", description, MAX_DESCRIPTION);
        if (projectId == null) {
            errors.add("project_id", "is required");
        }
        errors.throwIfAny();
    }

    /** The board column the task belongs in. */
    public BoardColumn column() {
        return new BoardColumn(projectId, status);
    }

    /** The assignees in a stable order (by id), as lists and the audit trail show them. */
    public List<UserId> sortedAssigneeIds() {
        return assigneeIds.stream().sorted(Comparator.comparing(UserId::value)).toList();
    }

    /** The labels in a stable order (by id). */
    public List<TaskLabelId> sortedLabelIds() {
        return labelIds.stream()
                .sorted(Comparator.comparingLong(TaskLabelId::value))
                .toList();
    }

    /** The fields by API name, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("title", title);
        fields.put("description", description);
        fields.put("project_id", projectId.value());
        fields.put("status", status.apiName());
        fields.put("priority", priority.apiName());
        fields.put("due_at", dueAt == null ? null : dueAt.toString());
        fields.put(
                "assignee_ids", sortedAssigneeIds().stream().map(UserId::value).toList());
        fields.put(
                "label_ids", sortedLabelIds().stream().map(TaskLabelId::value).toList());
        return fields;
    }
}
