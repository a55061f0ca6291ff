package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Where contacts are kept. */
public interface ContactRepository extends RecordStore<ContactId, Contact> {

    /** One page of live contacts matching the query, with the total number of matches: all of them, unfiltered. */
    default Page<Contact> search(ContactQuery query, PageRequest page) {
        return search(query, Visibility.EVERYTHING, page);
    }

    /**
     * One page of the live contacts that match the query and that the caller may see, with the total
     * of those. The visibility may test the attributes of {@link Contact#FILTERABLE} and {@link Visibility#ID}.
     */
    Page<Contact> search(ContactQuery query, Visibility visible, PageRequest page);

    /**
     * Whether the contact exists and is live, keeping it so until the transaction ends (a shared
     * lock): what a record that links it (a deal) checks, so it never links one deleted meanwhile.
     */
    boolean holdLive(ContactId id);
}
