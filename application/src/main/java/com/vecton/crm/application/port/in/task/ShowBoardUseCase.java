package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Board;

/** Read a live project's board: every status column with its live tasks in position order. */
public interface ShowBoardUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.Forbidden when some task of the project is not visible to
     *         the requester (a board shows whole columns; the project's task list shows those they may see)
     * @throws com.vecton.crm.domain.problem.NotFound  when the project is unknown or deleted
     */
    Board show(Requester who, ProjectId project);
}
