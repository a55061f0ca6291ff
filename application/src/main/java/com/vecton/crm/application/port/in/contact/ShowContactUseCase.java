package com.vecton.crm.application.port.in.contact;

import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;

/** Look at one live contact. */
public interface ShowContactUseCase {

    /** @throws com.vecton.crm.domain.problem.NotFound when unknown or deleted */
    Contact show(ContactId id);
}
