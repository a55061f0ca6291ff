package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.ShowTaskUseCase;
import com.vecton.crm.application.port.out.TaskRepository;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskId;

/** Reads one live task. */
public final class ShowTaskService implements ShowTaskUseCase {
    private final TaskRepository tasks;

    public ShowTaskService(TaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public Task show(TaskId id) {
        return tasks.findById(id).orElseThrow(() -> new NotFound(TaskServices.SUBJECT, id));
    }

    @Override
    public Task showLiveOrDeleted(TaskId id) {
        return tasks.findLiveOrDeletedById(id).orElseThrow(() -> new NotFound(TaskServices.SUBJECT, id));
    }
}
