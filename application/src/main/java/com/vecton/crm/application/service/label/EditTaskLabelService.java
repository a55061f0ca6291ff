package com.vecton.crm.application.service.label;

import com.vecton.crm.application.port.in.label.EditTaskLabelUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelEdit;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.problem.NotFound;

/**
 * Applies an edit under a row lock, so concurrent edits of one label never lose each other, once
 * the requester's policies hold on the label as locked.
 * An edit that changes nothing writes nothing, not even an audit row.
 */
public final class EditTaskLabelService implements EditTaskLabelUseCase {
    private final TaskLabelServices s;

    public EditTaskLabelService(TaskLabelServices services) {
        this.s = services;
    }

    @Override
    public TaskLabel edit(Requester who, TaskLabelId id, TaskLabelEdit edit) {
        return s.kit().transactions().inTransaction(() -> {
            var current = s.labels().lockById(id).orElseThrow(() -> new NotFound(TaskLabelServices.SUBJECT, id));
            s.kit().admit(who, current);
            var now = s.kit().clock().now();
            var edited = current.edit(edit, now);
            var changes = Changes.between(current.details().asFields(), edited.details().asFields());
            if (changes.isEmpty()) {
                return current;
            }
            s.labels().save(edited);
            s.kit().audit().record(who.actor(), TaskLabelServices.SUBJECT, id, AuditEvent.UPDATED, changes, now);
            return edited;
        });
    }
}
