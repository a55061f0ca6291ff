package com.vecton.crm.application.service.portal;

import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.Optional;

/**
 * The path of a contact to a customer's company: its own {@code company_id}, as it is now (served by
 * the index on {@code contacts (company_id, id)}); the list and the item take the same path.
 */
public final class CustomerContacts {
    private final ContactRepository contacts;

    public CustomerContacts(ContactRepository contacts) {
        this.contacts = contacts;
    }

    /** The company's live contacts matching the query (its company filter is the scope's, whatever it was). */
    public Page<Contact> search(CompanyId company, ContactQuery query, PageRequest page) {
        var scoped = new ContactQuery(query.search(), Optional.of(company), query.sort());
        return contacts.search(scoped, Visibility.EVERYTHING, page);
    }

    /** The live contact, when it is at the company now. */
    public Optional<Contact> find(CompanyId company, ContactId id) {
        return contacts.findById(id)
                .filter(contact -> company.equals(contact.details().companyId()));
    }
}
