package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskDetails;

/** Add a task at the end of its column on its project's board. */
public interface CreateTaskUseCase {

    Task create(Actor actor, TaskDetails details);
}
