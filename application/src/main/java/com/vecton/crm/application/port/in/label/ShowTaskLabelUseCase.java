package com.vecton.crm.application.port.in.label;

import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelId;

/** Look at one task label (where a create's Location points). */
public interface ShowTaskLabelUseCase {

    /** @throws com.vecton.crm.domain.problem.NotFound when there is no such label */
    TaskLabel show(TaskLabelId id);
}
