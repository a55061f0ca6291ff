package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.CreateTaskUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskDetails;

/**
 * Creates a task at the end of its column, with its audit row, in one transaction that holds the
 * project's row lock: parallel creates in one project queue there and take positions one by one.
 */
public final class CreateTaskService implements CreateTaskUseCase {
    private final TaskServices s;

    public CreateTaskService(TaskServices services) {
        this.s = services;
    }

    @Override
    public Task create(Actor actor, TaskDetails details) {
        return s.transactions().inTransaction(() -> {
            new TaskReferences(s).project(details.projectId()).assignees(details.assigneeIds())
                    .labels(details.labelIds()).check();
            var now = s.clock().now();
            var id = s.tasks().nextId();
            var task = Task.create(id, details, s.tasks().countOthers(details.column(), id), actor.userId(), now);
            s.tasks().save(task);
            s.audit().record(actor, TaskServices.SUBJECT, id, AuditEvent.CREATED, Changes.created(task.asFields()), now);
            return task;
        });
    }
}
