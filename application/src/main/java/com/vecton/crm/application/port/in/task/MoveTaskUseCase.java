package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.task.TaskStatus;

/**
 * Put a task at an index of a column of its board (drag and drop). The index counts the other
 * tasks of the target column and is clamped into it: past the end means the end.
 */
public interface MoveTaskUseCase {

    /** @throws com.vecton.crm.domain.problem.Forbidden when the requester's policies refuse the task as it is */
    Task move(Requester who, TaskId id, TaskStatus status, int position);
}
