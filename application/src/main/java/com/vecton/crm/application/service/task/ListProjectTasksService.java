package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.ListProjectTasksUseCase;
import com.vecton.crm.application.port.out.ProjectRepository;
import com.vecton.crm.application.port.out.TaskRepository;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskQuery;

/**
 * Lists the live tasks of a live project; an unknown or deleted project is a 404, not an empty
 * list, as for its board and its members: a deleted project's tasks are gone with it.
 */
public final class ListProjectTasksService implements ListProjectTasksUseCase {
    private final ProjectRepository projects;
    private final TaskRepository tasks;

    public ListProjectTasksService(ProjectRepository projects, TaskRepository tasks) {
        this.projects = projects;
        this.tasks = tasks;
    }

    @Override
    public Page<Task> list(ProjectId project, TaskQuery query, Visibility visible, PageRequest page) {
        if (projects.findById(project).isEmpty()) {
            throw new NotFound("project", project);
        }
        return tasks.search(query.inProject(project), visible, page);
    }
}
