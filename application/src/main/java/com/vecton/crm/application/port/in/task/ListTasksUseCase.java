package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskQuery;

/** Browse, filter and search live tasks. */
public interface ListTasksUseCase {

    Page<Task> list(TaskQuery query, PageRequest page);
}
