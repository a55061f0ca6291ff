package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.ListTasksUseCase;
import com.vecton.crm.application.port.out.TaskRepository;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskQuery;

/** Lists, filters and searches live tasks. */
public final class ListTasksService implements ListTasksUseCase {
    private final TaskRepository tasks;

    public ListTasksService(TaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public Page<Task> list(TaskQuery query, Visibility visible, PageRequest page) {
        return tasks.search(query, visible, page);
    }
}
