package com.vecton.crm.application.port.in.label;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelDetails;

/** Add a label that tasks can be tagged with. */
public interface CreateTaskLabelUseCase {

    /** @throws com.vecton.crm.domain.problem.RuleViolated {@code label_name_taken} when the name is in use */
    TaskLabel create(Actor actor, TaskLabelDetails details);
}
