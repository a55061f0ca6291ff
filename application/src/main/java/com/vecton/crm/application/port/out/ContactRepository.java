package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.Optional;

/** Where contacts are kept. */
public interface ContactRepository {

    /** A fresh id for a contact about to be created. */
    ContactId nextId();

    /** Inserts a new contact or overwrites the stored one with the same id. */
    void save(Contact contact);

    /** A live (not soft-deleted) contact. */
    Optional<Contact> findById(ContactId id);

    /**
     * A contact, live or soft-deleted, locked against concurrent changes until the surrounding
     * transaction ends, so that read-modify-write use cases never lose an update.
     */
    Optional<Contact> lockById(ContactId id);

    /** One page of live contacts matching the query, with the total number of matches. */
    Page<Contact> search(ContactQuery query, PageRequest page);
}
