package com.vecton.crm.application.service.task;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.problem.FieldErrors;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectStatus;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules about stored data that a task's details must meet: its project is live and not
 * archived, its assignees are active users of the tenant, its labels exist. Each check takes a
 * lock that lasts until the transaction ends (the project row, a share lock on the users, the
 * label rows), so what was checked still holds at commit.
 */
final class TaskReferences {
    private final TaskServices s;
    private final FieldErrors errors = new FieldErrors();

    TaskReferences(TaskServices services) {
        this.s = services;
    }

    /** Locks the project and checks it may take tasks. */
    TaskReferences project(ProjectId project) {
        boolean open = s.projects()
                .lockById(project)
                .filter(p -> !p.isDeleted() && p.details().status() != ProjectStatus.ARCHIVED)
                .isPresent();
        if (!open) {
            errors.add("project_id", "must be a live project that is not archived");
        }
        return this;
    }

    TaskReferences assignees(Set<UserId> users) {
        var inactive = users.stream()
                .sorted(Comparator.comparing(UserId::value))
                .filter(user -> !s.users().isActive(user))
                .map(UserId::value)
                .collect(Collectors.joining(", "));
        if (!inactive.isEmpty()) {
            errors.add("assignee_ids", "must be active users of this tenant (not: " + inactive + ")");
        }
        return this;
    }

    TaskReferences labels(Set<TaskLabelId> labels) {
        var unknown = labels.stream()
                .sorted(Comparator.comparingLong(TaskLabelId::value))
                .filter(label -> s.labels().lockById(label).isEmpty())
                .map(TaskLabelId::toString)
                .collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            errors.add("label_ids", "must be existing task labels (not: " + unknown + ")");
        }
        return this;
    }

    /** Throws the 422 naming every failed reference, if any failed. */
    void check() {
        errors.throwIfAny();
    }
}
