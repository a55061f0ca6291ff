package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskQuery;

/** Browse, filter and search live tasks. */
public interface ListTasksUseCase {

    /**
     * Exactly the tasks the requester could open one by one, and their total.
     *
     * @throws com.vecton.crm.domain.problem.Forbidden when no task could be visible, saying why
     */
    Page<Task> list(Requester who, TaskQuery query, PageRequest page);
}
