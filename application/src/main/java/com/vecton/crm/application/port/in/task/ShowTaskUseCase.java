package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskId;

/** Read one live task. */
public interface ShowTaskUseCase {

    Task show(TaskId id);
}
