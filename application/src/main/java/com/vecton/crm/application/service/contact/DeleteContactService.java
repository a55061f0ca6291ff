package com.vecton.crm.application.service.contact;

import com.vecton.crm.application.port.in.contact.DeleteContactUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.problem.NotFound;

/** Soft-deletes a live contact; deleting one already deleted is a 404, like any unknown id. */
public final class DeleteContactService implements DeleteContactUseCase {
    private final ContactServices s;

    public DeleteContactService(ContactServices services) {
        this.s = services;
    }

    @Override
    public void delete(Actor actor, ContactId id) {
        s.transactions().inTransaction(() -> {
            var current = s.contacts().lockById(id).filter(c -> !c.isDeleted())
                    .orElseThrow(() -> new NotFound(ContactServices.SUBJECT, id));
            var now = s.clock().now();
            s.contacts().save(current.delete(now));
            s.audit().record(actor, ContactServices.SUBJECT, id, AuditEvent.DELETED, Changes.NONE, now);
        });
    }
}
