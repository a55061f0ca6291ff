package com.vecton.crm.application.service.label;

import com.vecton.crm.application.port.in.label.CreateTaskLabelUseCase;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelDetails;

/**
 * Creates a label and its audit row in one transaction ({@link RecordWrites}). A taken name is
 * found by the insert itself (a unique index), not by a look beforehand, which two concurrent
 * creates would both pass.
 */
public final class CreateTaskLabelService implements CreateTaskLabelUseCase {
    private final TaskLabelServices s;

    public CreateTaskLabelService(TaskLabelServices services) {
        this.s = services;
    }

    @Override
    public TaskLabel create(Actor actor, TaskLabelDetails details) {
        return s.writes()
                .create(
                        actor,
                        RecordWrites.nothingToCheck(),
                        (id, now) -> TaskLabel.create(id, details, actor.userId(), now));
    }
}
