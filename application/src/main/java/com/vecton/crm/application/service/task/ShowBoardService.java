package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.ShowBoardUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Board;

/**
 * Reads the board of a live project, whose every task the requester may see
 * ({@link VisibleTasks#requireWholeBoard}); an unknown or deleted project is a 404, not an empty board.
 */
public final class ShowBoardService implements ShowBoardUseCase {
    private final TaskServices s;

    public ShowBoardService(TaskServices services) {
        this.s = services;
    }

    @Override
    public Board show(Requester who, ProjectId project) {
        s.visible().requireWholeBoard(who, project);
        if (s.projects().findById(project).isEmpty()) {
            throw new NotFound("project", project);
        }
        return Board.of(project, s.tasks().onBoard(project));
    }
}
