package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskEdit;
import com.vecton.crm.domain.task.TaskId;

/** Change some or all of a task's details; a new status or project puts it at the end of its new column. */
public interface EditTaskUseCase {

    /** @throws com.vecton.crm.domain.problem.Forbidden when the requester's policies refuse the task as it is */
    Task edit(Requester who, TaskId id, TaskEdit edit);
}
