package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.task.TaskId;

/** Soft-delete a task; it leaves its column and the tasks after it close up. */
public interface DeleteTaskUseCase {

    void delete(Actor actor, TaskId id);
}
