package com.vecton.crm.application.service.contact;

import com.vecton.crm.application.port.in.contact.RestoreContactUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.problem.NotFound;

/** Undoes a soft delete. Idempotent: restoring a live contact returns it unchanged. */
public final class RestoreContactService implements RestoreContactUseCase {
    private final ContactServices s;

    public RestoreContactService(ContactServices services) {
        this.s = services;
    }

    @Override
    public Contact restore(Actor actor, ContactId id) {
        return s.transactions().inTransaction(() -> {
            var current = s.contacts().lockById(id).orElseThrow(() -> new NotFound(ContactServices.SUBJECT, id));
            if (!current.isDeleted()) {
                return current;
            }
            var now = s.clock().now();
            var restored = current.undelete(now);
            s.contacts().save(restored);
            s.audit().record(actor, ContactServices.SUBJECT, id, AuditEvent.RESTORED, Changes.NONE, now);
            return restored;
        });
    }
}
