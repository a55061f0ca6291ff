package com.vecton.crm.application.port.in.contact;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.contact.ContactId;

/** Move a contact to the bin (soft delete; it can be restored). */
public interface DeleteContactUseCase {

    void delete(Actor actor, ContactId id);
}
