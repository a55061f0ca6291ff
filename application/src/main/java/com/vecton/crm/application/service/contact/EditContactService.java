package com.vecton.crm.application.service.contact;

import com.vecton.crm.application.port.in.contact.EditContactUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactEdit;
import com.vecton.crm.domain.contact.ContactId;

/**
 * Edits a contact ({@link com.vecton.crm.application.service.lifecycle.RecordWrites}); a new company must
 * be a live one, checked only when the edit changes it.
 */
public final class EditContactService implements EditContactUseCase {
    private final ContactServices s;

    public EditContactService(ContactServices services) {
        this.s = services;
    }

    @Override
    public Contact edit(Requester who, ContactId id, ContactEdit edit) {
        return s.writes().edit(who, id, (contact, now) -> contact.edit(edit, now), (edited, changes) -> {
            if (edit.setsCompany() && changes.fields().containsKey("company_id")) {
                CompanyReference.requireLive(s.companies(), edited.details());
            }
        });
    }
}
