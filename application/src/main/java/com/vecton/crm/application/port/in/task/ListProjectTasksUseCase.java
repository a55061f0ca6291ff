package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskQuery;

/** Browse, filter and search the live tasks of one live project. */
public interface ListProjectTasksUseCase {

    /**
     * Exactly the tasks of the project the requester could open one by one, and their total; the
     * query's own project, if any, is replaced by {@code project}.
     *
     * @throws com.vecton.crm.domain.problem.Forbidden when no task could be visible, saying why
     * @throws com.vecton.crm.domain.problem.NotFound  when the project is unknown or deleted
     */
    Page<Task> list(Requester who, ProjectId project, TaskQuery query, PageRequest page);
}
