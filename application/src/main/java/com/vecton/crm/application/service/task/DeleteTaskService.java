package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.DeleteTaskUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.task.TaskId;

/** Soft-deletes a live task under its project's lock; the tasks after it in its column close up. */
public final class DeleteTaskService implements DeleteTaskUseCase {
    private final TaskServices s;

    public DeleteTaskService(TaskServices services) {
        this.s = services;
    }

    @Override
    public void delete(Actor actor, TaskId id) {
        s.transactions().inTransaction(() -> {
            var current = s.lockLiveTask(id, null);
            var now = s.clock().now();
            s.tasks().closeGap(current.column(), current.position().orElseThrow());
            s.tasks().save(current.delete(now));
            s.audit().record(actor, TaskServices.SUBJECT, id, AuditEvent.DELETED, Changes.NONE, now);
        });
    }
}
