package com.vecton.crm.application.port.in.contact;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;

/** Bring a deleted contact back. Restoring a live contact changes nothing and is not an error. */
public interface RestoreContactUseCase {

    Contact restore(Actor actor, ContactId id);
}
