package com.vecton.crm.application.service.contact;

import com.vecton.crm.application.port.in.contact.CreateContactUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactDetails;

/** Creates a contact and its audit row in one transaction. */
public final class CreateContactService implements CreateContactUseCase {
    private final ContactServices s;

    public CreateContactService(ContactServices services) {
        this.s = services;
    }

    @Override
    public Contact create(Actor actor, ContactDetails details) {
        return s.kit().transactions().inTransaction(() -> {
            CompanyReference.requireLive(s.companies(), details);
            var now = s.kit().clock().now();
            var contact = Contact.create(s.contacts().nextId(), details, actor.userId(), now);
            s.contacts().save(contact);
            s.kit().audit().record(actor, ContactServices.SUBJECT, contact.id(), AuditEvent.CREATED,
                    Changes.created(details.asFields()), now);
            return contact;
        });
    }
}
