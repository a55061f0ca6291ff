package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskId;

/** Read one live task. */
public interface ShowTaskUseCase {

    Task show(TaskId id);

    /** One task, live or soft-deleted (a restore is authorised against the deleted task). 404 when unknown. */
    Task showLiveOrDeleted(TaskId id);
}
