package com.vecton.crm.domain.testing;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskDetails;
import com.vecton.crm.domain.task.TaskPriority;
import com.vecton.crm.domain.task.TaskStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Test data: valid {@link TaskDetails} on a project, changed only where a test cares. */
public final class TaskDetailsBuilder {
    private final ProjectId project;
    private String title = "Write the spec";
    private String description;
    private TaskStatus status;
    private TaskPriority priority;
    private Instant dueAt;
    private Set<UserId> assignees = Set.of();
    private Set<TaskLabelId> labels = Set.of();

    private TaskDetailsBuilder(ProjectId project) {
        this.project = project;
    }

    /** A task of this project: every task has one, which must exist (and be live) to store the task. */
    public static TaskDetailsBuilder aTask(ProjectId project) {
        return new TaskDetailsBuilder(project);
    }

    public TaskDetailsBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public TaskDetailsBuilder describedAs(String description) {
        this.description = description;
        return this;
    }

    public TaskDetailsBuilder in(TaskStatus status) {
        this.status = status;
        return this;
    }

    public TaskDetailsBuilder withPriority(TaskPriority priority) {
        this.priority = priority;
        return this;
    }

    public TaskDetailsBuilder due(String instant) {
        this.dueAt = instant == null ? null : Instant.parse(instant);
        return this;
    }

    public TaskDetailsBuilder assignedTo(String... userIds) {
        this.assignees = Arrays.stream(userIds).map(UserId::new).collect(Collectors.toSet());
        return this;
    }

    public TaskDetailsBuilder labelled(TaskLabelId... labelIds) {
        this.labels = Set.of(labelIds);
        return this;
    }

    public TaskDetails build() {
        return new TaskDetails(title, description, project, status, priority, dueAt, assignees, labels);
    }
}
