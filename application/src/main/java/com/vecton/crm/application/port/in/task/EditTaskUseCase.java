package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskEdit;
import com.vecton.crm.domain.task.TaskId;

/** Change some or all of a task's details; a new status or project puts it at the end of its new column. */
public interface EditTaskUseCase {

    Task edit(Actor actor, TaskId id, TaskEdit edit);
}
