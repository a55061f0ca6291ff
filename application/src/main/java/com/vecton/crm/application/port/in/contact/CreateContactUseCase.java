package com.vecton.crm.application.port.in.contact;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactDetails;

/** Add a contact to the tenant's address book. */
public interface CreateContactUseCase {

    /** @throws com.vecton.crm.domain.problem.ValidationFailed when {@code company_id} is unknown or deleted */
    Contact create(Actor actor, ContactDetails details);
}
