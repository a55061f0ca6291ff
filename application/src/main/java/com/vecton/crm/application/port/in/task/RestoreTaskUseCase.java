package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskId;

/** Bring back a soft-deleted task, at the end of its column. */
public interface RestoreTaskUseCase {

    Task restore(Actor actor, TaskId id);
}
