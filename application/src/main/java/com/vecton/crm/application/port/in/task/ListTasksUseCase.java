package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskQuery;

/** Browse, filter and search live tasks. */
public interface ListTasksUseCase {

    /** Among the tasks the caller may see (the gate's {@link Visibility} for the list). */
    Page<Task> list(TaskQuery query, Visibility visible, PageRequest page);

    default Page<Task> list(TaskQuery query, PageRequest page) {
        return list(query, Visibility.EVERYTHING, page);
    }
}
