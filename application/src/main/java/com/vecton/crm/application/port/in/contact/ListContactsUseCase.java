package com.vecton.crm.application.port.in.contact;

import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Browse and search live contacts. */
public interface ListContactsUseCase {

    Page<Contact> list(ContactQuery query, PageRequest page);
}
