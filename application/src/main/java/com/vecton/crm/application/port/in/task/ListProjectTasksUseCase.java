package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskQuery;

/** Browse, filter and search the live tasks of one live project. */
public interface ListProjectTasksUseCase {

    /**
     * Among the tasks the caller may see (the gate's {@link Visibility} for the list); the query's
     * own project, if any, is replaced by {@code project}.
     *
     * @throws com.vecton.crm.domain.problem.NotFound when the project is unknown or deleted
     */
    Page<Task> list(ProjectId project, TaskQuery query, Visibility visible, PageRequest page);
}
