package com.vecton.crm.application.port.in.task;

import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Board;

/** Read a live project's board: every status column with its live tasks in position order. */
public interface ShowBoardUseCase {

    Board show(ProjectId project);
}
