package com.vecton.crm.application.service.contact;

import com.vecton.crm.application.port.in.contact.CreateContactUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactDetails;

/**
 * Creates a contact and its audit row in one transaction
 * ({@link com.vecton.crm.application.service.lifecycle.RecordWrites}); its company must be a live one.
 */
public final class CreateContactService implements CreateContactUseCase {
    private final ContactServices s;

    public CreateContactService(ContactServices services) {
        this.s = services;
    }

    @Override
    public Contact create(Actor actor, ContactDetails details) {
        return s.writes()
                .create(
                        actor,
                        () -> CompanyReference.requireLive(s.companies(), details),
                        (id, now) -> Contact.create(id, details, actor.userId(), now));
    }
}
