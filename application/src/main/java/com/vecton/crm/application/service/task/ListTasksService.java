package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.ListTasksUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskQuery;

/** Lists, filters and searches the live tasks the requester may see ({@link TaskServices#visible}). */
public final class ListTasksService implements ListTasksUseCase {
    private final TaskServices s;

    public ListTasksService(TaskServices services) {
        this.s = services;
    }

    @Override
    public Page<Task> list(Requester who, TaskQuery query, PageRequest page) {
        return s.tasks().search(query, s.visible().ofAll(who), page);
    }
}
