package com.vecton.crm.application.port.in.contact;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactEdit;
import com.vecton.crm.domain.contact.ContactId;

/** Change some or all of a contact's details. */
public interface EditContactUseCase {

    Contact edit(Requester who, ContactId id, ContactEdit edit);
}
