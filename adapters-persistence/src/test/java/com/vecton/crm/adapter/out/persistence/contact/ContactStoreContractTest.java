package com.vecton.crm.adapter.out.persistence.contact;

import static com.vecton.crm.domain.testing.ContactDetailsBuilder.aContact;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.RecordStoreContract;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactEdit;
import com.vecton.crm.domain.contact.ContactId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store contract on contacts. */
class ContactStoreContractTest extends RecordStoreContract<ContactId, Contact> {

    @Override
    protected String table() {
        return "contacts";
    }

    @Override
    protected RecordStore<ContactId, Contact> storeOn(Persistence db) {
        return db.contacts();
    }

    @Override
    protected Contact newRecord(ContactId id) {
        return Contact.create(
                id,
                aContact().named("Ödön", "Árvai").withEmail("odon@acme.test").build(),
                CREATOR,
                T0);
    }

    @Override
    protected Contact changed(Contact contact, Instant now) {
        return contact.edit(
                ContactEdit.replacingWith(aContact().named("Ödön", "Árvai-Kiss").build()), now);
    }

    @Override
    protected ContactId idOf(Contact contact) {
        return contact.id();
    }

    @Override
    protected Object stateOf(Contact contact) {
        return List.of(contact.id(), contact.details(), contact.lifecycle());
    }

    @Override
    protected Optional<Contact> deleted(Contact contact, Instant now) {
        return Optional.of(contact.delete(now));
    }

    @Override
    protected Contact restored(Contact contact, Instant now) {
        return contact.undelete(now);
    }
}
