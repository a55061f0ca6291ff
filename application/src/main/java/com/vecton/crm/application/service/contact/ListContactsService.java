package com.vecton.crm.application.service.contact;

import com.vecton.crm.application.port.in.contact.ListContactsUseCase;
import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Lists and searches live contacts. */
public final class ListContactsService implements ListContactsUseCase {
    private final ContactRepository contacts;

    public ListContactsService(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    public Page<Contact> list(ContactQuery query, PageRequest page) {
        return contacts.search(query, page);
    }
}
