package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.RestoreTaskUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskId;

/**
 * Undoes a soft delete, putting the task at the end of its column under its project's lock.
 * Idempotent: restoring a live task returns it unchanged.
 */
public final class RestoreTaskService implements RestoreTaskUseCase {
    private final TaskServices s;

    public RestoreTaskService(TaskServices services) {
        this.s = services;
    }

    @Override
    public Task restore(Actor actor, TaskId id) {
        return s.transactions().inTransaction(() -> {
            var current = s.lockTask(id, null);
            if (!current.isDeleted()) {
                return current;
            }
            var now = s.clock().now();
            var restored = current.undelete(s.tasks().countOthers(current.column(), id), now);
            s.tasks().save(restored);
            s.audit().record(actor, TaskServices.SUBJECT, id, AuditEvent.RESTORED, Changes.NONE, now);
            return restored;
        });
    }
}
