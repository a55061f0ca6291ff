package com.vecton.crm.archfixture.adapter.in.messaging;

import com.vecton.crm.archfixture.application.port.out.WellBehavedContacts;
import com.vecton.crm.archfixture.domain.contact.WellBehavedContactId;

/** Violates DRIVING_ADAPTERS_USE_ONLY_IN_PORTS: a consumer that reads an out-port, past the use cases. */
public final class ConsumerReadingTheStore {

    private final WellBehavedContacts contacts;

    public ConsumerReadingTheStore(WellBehavedContacts contacts) {
        this.contacts = contacts;
    }

    public boolean knows(WellBehavedContactId id) {
        return contacts.findById(id).isPresent();
    }
}
