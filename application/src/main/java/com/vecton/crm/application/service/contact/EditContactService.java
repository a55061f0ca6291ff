package com.vecton.crm.application.service.contact;

import com.vecton.crm.application.port.in.contact.EditContactUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactEdit;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.problem.NotFound;

/**
 * Applies an edit under a row lock, so two concurrent PATCHes of different fields both land, once
 * the requester's policies hold on the contact as locked.
 * An edit that changes nothing writes nothing, not even an audit row.
 */
public final class EditContactService implements EditContactUseCase {
    private final ContactServices s;

    public EditContactService(ContactServices services) {
        this.s = services;
    }

    @Override
    public Contact edit(Requester who, ContactId id, ContactEdit edit) {
        return s.kit().transactions().inTransaction(() -> {
            var current = s.contacts().lockById(id).filter(c -> !c.isDeleted())
                    .orElseThrow(() -> new NotFound(ContactServices.SUBJECT, id));
            s.kit().admit(who, current);
            var now = s.kit().clock().now();
            var edited = current.edit(edit, now);
            var changes = Changes.between(current.details().asFields(), edited.details().asFields());
            if (changes.isEmpty()) {
                return current;
            }
            if (edit.setsCompany() && changes.fields().containsKey("company_id")) {
                CompanyReference.requireLive(s.companies(), edited.details());
            }
            s.contacts().save(edited);
            s.kit().audit().record(who.actor(), ContactServices.SUBJECT, id, AuditEvent.UPDATED, changes, now);
            return edited;
        });
    }
}
