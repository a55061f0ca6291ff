package com.vecton.crm.application.service.label;

import com.vecton.crm.application.port.in.label.DeleteTaskLabelUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.label.TaskLabelId;

/**
 * Deletes a label for good. Since the row is gone afterwards, the audit row keeps what the label
 * was ({@code before}, with {@code after} null), so the trail can still say which label it was.
 */
public final class DeleteTaskLabelService implements DeleteTaskLabelUseCase {
    private final TaskLabelServices s;

    public DeleteTaskLabelService(TaskLabelServices services) {
        this.s = services;
    }

    @Override
    public void delete(Requester who, TaskLabelId id) {
        s.kit().transactions().inTransaction(() -> {
            var current = s.type().lockLive(who, id);
            s.labels().delete(id);
            s.kit()
                    .audit()
                    .record(
                            who.actor(),
                            TaskLabelServices.SUBJECT,
                            id,
                            AuditEvent.DELETED,
                            Changes.removed(current.details().asFields()),
                            s.kit().clock().now());
        });
    }
}
