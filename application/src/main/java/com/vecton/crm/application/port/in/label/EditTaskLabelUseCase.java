package com.vecton.crm.application.port.in.label;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelEdit;
import com.vecton.crm.domain.label.TaskLabelId;

/** Rename or recolour a label. */
public interface EditTaskLabelUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.NotFound     when there is no such label
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code label_name_taken} when another label has the name
     */
    TaskLabel edit(Requester who, TaskLabelId id, TaskLabelEdit edit);
}
