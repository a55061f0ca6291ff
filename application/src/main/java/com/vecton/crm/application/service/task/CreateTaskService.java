package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.CreateTaskUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskAccess;
import com.vecton.crm.domain.task.TaskDetails;

/**
 * Creates a task at the end of its column, with its audit row, in one transaction that holds the
 * project's row lock, once the requester's policies hold on a task like it ({@code crm:tasks}): parallel creates in one project queue there and take positions one by one.
 */
public final class CreateTaskService implements CreateTaskUseCase {
    private final TaskServices s;

    public CreateTaskService(TaskServices services) {
        this.s = services;
    }

    @Override
    public Task create(Requester who, TaskDetails details) {
        return s.kit().transactions().inTransaction(() -> {
            s.kit().access().authorize(who, TaskAccess.collection(), TaskAccess.attributesOf(details, who.userId()));
            new TaskReferences(s)
                    .project(details.projectId())
                    .assignees(details.assigneeIds())
                    .labels(details.labelIds())
                    .check();
            var now = s.kit().clock().now();
            var id = s.tasks().nextId();
            var task = Task.create(id, details, s.tasks().countOthers(details.column(), id), who.userId(), now);
            s.tasks().save(task);
            s.kit()
                    .audit()
                    .record(
                            who.actor(),
                            TaskServices.SUBJECT,
                            id,
                            AuditEvent.CREATED,
                            Changes.created(task.asFields()),
                            now);
            return task;
        });
    }
}
