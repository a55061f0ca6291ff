package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskDetails;

/** Add a task at the end of its column on its project's board. */
public interface CreateTaskUseCase {

    /** @throws com.vecton.crm.domain.problem.Forbidden when the requester's policies refuse a task like this one */
    Task create(Requester who, TaskDetails details);
}
