package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.ListProjectTasksUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskQuery;

/**
 * Lists the live tasks of a live project that the requester may see ({@link TaskServices#visibleInProject}); an
 * unknown or deleted project is a 404, not an empty list, as for its board and its members: a
 * deleted project's tasks are gone with it.
 */
public final class ListProjectTasksService implements ListProjectTasksUseCase {
    private final TaskServices s;

    public ListProjectTasksService(TaskServices services) {
        this.s = services;
    }

    @Override
    public Page<Task> list(Requester who, ProjectId project, TaskQuery query, PageRequest page) {
        var visible = s.visibleInProject(who, project);
        if (s.projects().findById(project).isEmpty()) {
            throw new NotFound("project", project);
        }
        return s.tasks().search(query.inProject(project), visible, page);
    }
}
