package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.ShowBoardUseCase;
import com.vecton.crm.application.port.out.ProjectRepository;
import com.vecton.crm.application.port.out.TaskRepository;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Board;

/** Reads the board of a live project; an unknown or deleted project is a 404, not an empty board. */
public final class ShowBoardService implements ShowBoardUseCase {
    private final ProjectRepository projects;
    private final TaskRepository tasks;

    public ShowBoardService(ProjectRepository projects, TaskRepository tasks) {
        this.projects = projects;
        this.tasks = tasks;
    }

    @Override
    public Board show(ProjectId project) {
        if (projects.findById(project).isEmpty()) {
            throw new NotFound("project", project);
        }
        return Board.of(project, tasks.onBoard(project));
    }
}
