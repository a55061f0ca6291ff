package com.vecton.crm.application.service.label;

import com.vecton.crm.application.port.in.label.CreateTaskLabelUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelDetails;

/**
 * Creates a label and its audit row in one transaction. A taken name is found by the insert
 * itself (a unique index), not by a look beforehand, which two concurrent creates would both pass.
 */
public final class CreateTaskLabelService implements CreateTaskLabelUseCase {
    private final TaskLabelServices s;

    public CreateTaskLabelService(TaskLabelServices services) {
        this.s = services;
    }

    @Override
    public TaskLabel create(Actor actor, TaskLabelDetails details) {
        return s.kit().transactions().inTransaction(() -> {
            var now = s.kit().clock().now();
            var label = TaskLabel.create(s.labels().nextId(), details, actor.userId(), now);
            s.labels().save(label);
            s.kit().audit().record(actor, TaskLabelServices.SUBJECT, label.id(), AuditEvent.CREATED,
                    Changes.created(details.asFields()), now);
            return label;
        });
    }
}
