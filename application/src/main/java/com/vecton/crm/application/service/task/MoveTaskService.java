package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.MoveTaskUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.task.BoardColumn;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.task.TaskStatus;

/**
 * Moves a task within its board under the project's row lock, once the requester's policies hold
 * on the task as locked: the tasks after it in its column
 * close up, the tasks at and after the target index in the target column make room, all in one
 * transaction (the store checks unique positions at commit, so the shifts may overlap meanwhile).
 * A move to where the task already is writes nothing.
 */
public final class MoveTaskService implements MoveTaskUseCase {
    private final TaskServices s;

    public MoveTaskService(TaskServices services) {
        this.s = services;
    }

    @Override
    public Task move(Requester who, TaskId id, TaskStatus status, int position) {
        return s.kit().transactions().inTransaction(() -> {
            var current = s.lockLiveTask(who, id, null);
            var from = current.column();
            int fromPosition = current.position().orElseThrow();
            var to = new BoardColumn(from.projectId(), status);
            int at = BoardColumn.clamp(position, s.tasks().countOthers(to, id));
            if (to.equals(from) && at == fromPosition) {
                return current;
            }
            s.tasks().closeGap(from, fromPosition);
            s.tasks().openGap(to, at, id);
            var now = s.kit().clock().now();
            var moved = current.move(status, at, now);
            s.tasks().save(moved);
            s.kit()
                    .audit()
                    .record(
                            who.actor(),
                            TaskServices.SUBJECT,
                            id,
                            AuditEvent.MOVED,
                            Changes.between(current.asFields(), moved.asFields()),
                            now);
            return moved;
        });
    }
}
