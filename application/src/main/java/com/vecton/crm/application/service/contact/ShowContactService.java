package com.vecton.crm.application.service.contact;

import com.vecton.crm.application.port.in.contact.ShowContactUseCase;
import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.problem.NotFound;

/** Reads one live contact. */
public final class ShowContactService implements ShowContactUseCase {
    private final ContactRepository contacts;

    public ShowContactService(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    public Contact show(ContactId id) {
        return contacts.findById(id).orElseThrow(() -> new NotFound(ContactServices.SUBJECT, id));
    }
}
