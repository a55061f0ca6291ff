package com.vecton.crm.archfixture.application.service;

import com.vecton.crm.archfixture.application.port.in.WellBehavedShowContactUseCase;
import com.vecton.crm.archfixture.application.port.out.WellBehavedContacts;
import com.vecton.crm.archfixture.domain.contact.WellBehavedContact;
import com.vecton.crm.archfixture.domain.contact.WellBehavedContactId;
import java.util.NoSuchElementException;

public final class WellBehavedService implements WellBehavedShowContactUseCase {

    private final WellBehavedContacts contacts;

    public WellBehavedService(WellBehavedContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public WellBehavedContact show(WellBehavedContactId id) {
        return contacts.findById(id).orElseThrow(() -> new NoSuchElementException(id.toString()));
    }
}
