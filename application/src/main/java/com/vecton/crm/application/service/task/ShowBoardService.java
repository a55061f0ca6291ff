package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.ShowBoardUseCase;
import com.vecton.crm.domain.access.AccessDecision;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Board;

/**
 * Reads the board of a live project, whose every task the requester may see; an unknown or deleted
 * project is a 404, not an empty board. The board shows whole columns in position order, so it
 * needs every task of the project visible; a requester who may see only some of them lists those
 * with the project's task list.
 */
public final class ShowBoardService implements ShowBoardUseCase {
    static final String BOARD_REFUSED = "The board shows every task of the project, and some are not visible to you; "
            + "GET /api/projects/{id}/tasks lists those you may see.";

    private final TaskServices s;

    public ShowBoardService(TaskServices services) {
        this.s = services;
    }

    @Override
    public Board show(Requester who, ProjectId project) {
        if (!s.visibleInProject(who, project).isEverything()) {
            throw new Forbidden(AccessDecision.PERMISSION_DENIED.errorCode(), BOARD_REFUSED);
        }
        if (s.projects().findById(project).isEmpty()) {
            throw new NotFound("project", project);
        }
        return Board.of(project, s.tasks().onBoard(project));
    }
}
