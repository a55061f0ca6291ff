package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Where contacts are kept. */
public interface ContactRepository extends RecordStore<ContactId, Contact> {

    /** One page of live contacts matching the query, with the total number of matches. */
    Page<Contact> search(ContactQuery query, PageRequest page);
}
