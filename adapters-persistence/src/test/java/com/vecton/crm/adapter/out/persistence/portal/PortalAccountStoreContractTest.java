package com.vecton.crm.adapter.out.persistence.portal;

import static com.vecton.crm.domain.testing.ContactDetailsBuilder.aContact;
import static com.vecton.crm.domain.testing.PortalAccountDetailsBuilder.aPortalAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.RecordStoreContract;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.portal.PortalAccount;
import com.vecton.crm.domain.portal.PortalAccountId;
import com.vecton.crm.domain.problem.RuleViolated;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The store contract on portal accounts, and the one live account per user its store keeps. An
 * account is never edited: its user and contact are columns an update never changes, so the
 * contract's change is only a new version at a later time (what a touch of the row would be).
 */
class PortalAccountStoreContractTest extends RecordStoreContract<PortalAccountId, PortalAccount> {
    private ContactId contact;
    private ContactId otherContact;

    @Override
    protected String table() {
        return "portal_accounts";
    }

    @Override
    protected RecordStore<PortalAccountId, PortalAccount> storeOn(Persistence db) {
        return db.portalAccounts();
    }

    @Override
    protected void prepare(Persistence db) {
        contact = storedContact(db, "Árvai");
        otherContact = storedContact(db, "Kiss");
    }

    private static ContactId storedContact(Persistence db, String lastName) {
        var id = db.contacts().nextId();
        db.contacts().save(Contact.create(id, aContact().named("Ödön", lastName).build(), CREATOR, T0));
        return id;
    }

    @Override
    protected PortalAccount newRecord(PortalAccountId id) {
        return PortalAccount.create(id, aPortalAccount(contact).forUser(CREATOR).build(), CREATOR, T0);
    }

    @Override
    protected PortalAccount changed(PortalAccount account, Instant now) {
        return asContact(account, account.details().contactId(), now);
    }

    private static PortalAccount asContact(PortalAccount account, ContactId contact, Instant now) {
        var lifecycle = account.lifecycle();
        return PortalAccount.restore(
                account.id(),
                aPortalAccount(contact).forUser(account.details().userId()).build(),
                lifecycle.createdBy(),
                lifecycle.createdAt(),
                now,
                lifecycle.deletedAt(),
                lifecycle.version() + 1);
    }

    @Override
    protected PortalAccountId idOf(PortalAccount account) {
        return account.id();
    }

    @Override
    protected Object stateOf(PortalAccount account) {
        return List.of(account.id(), account.details(), account.lifecycle());
    }

    @Override
    protected Optional<PortalAccount> deleted(PortalAccount account, Instant now) {
        return Optional.of(account.delete(now));
    }

    @Override
    protected PortalAccount restored(PortalAccount account, Instant now) {
        return account.undelete(now);
    }

    @Test
    void a_second_live_account_for_a_user_is_refused_but_one_after_a_delete_is_kept() {
        var accounts = db().portalAccounts();
        var first = newRecord(accounts.nextId());
        accounts.save(first);

        var refused = assertThrows(RuleViolated.class, () -> accounts.save(newRecord(accounts.nextId())));
        assertEquals(PortalAccount.EXISTS, refused.code());

        accounts.save(first.delete(T0.plusSeconds(1)));
        var again = newRecord(accounts.nextId());
        accounts.save(again);
        assertEquals(
                stateOf(again), accounts.findById(again.id()).map(this::stateOf).orElseThrow());
    }

    @Test
    void an_accounts_user_and_contact_are_kept_as_created() {
        var accounts = db().portalAccounts();
        var account = newRecord(accounts.nextId());
        accounts.save(account);

        accounts.save(asContact(account, otherContact, T0.plusSeconds(1)));

        var read = accounts.findById(account.id()).orElseThrow();
        assertEquals(account.details(), read.details());
        assertEquals(2, read.version());
    }
}
