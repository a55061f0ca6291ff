package com.vecton.crm.adapter.out.persistence.contact;

import static com.vecton.crm.domain.testing.CompanyDetailsBuilder.aCompany;
import static com.vecton.crm.domain.testing.ContactDetailsBuilder.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.LockWaits;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactDetails;
import com.vecton.crm.domain.contact.ContactEdit;
import com.vecton.crm.domain.contact.ContactId;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiContactRepositoryTest {
    private static final Instant CREATED = Instant.parse("2026-11-20T10:00:00.123456Z");
    private static final Instant LATER = Instant.parse("2026-11-21T08:30:00.654321Z");
    private static final UserId USER = new UserId("u-1001");

    private static Persistence db;
    private ContactRepository contacts;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean(db.dataSource());
        contacts = db.contacts();
    }

    @Test
    void saved_contact_is_found_with_every_field() {
        var company = aLiveCompany();
        var details = aContact()
                .named("Ödön", "Árvai")
                .withEmail("odon@acme.test")
                .withPhone("+36 1 234 5678")
                .withJobTitle("Buyer")
                .atCompany(company)
                .withNotes("Prefers mornings.")
                .build();
        var contact = Contact.create(contacts.nextId(), details, USER, CREATED);

        contacts.save(contact);

        var found = contacts.findById(contact.id()).orElseThrow();
        assertEquals(contact.id(), found.id());
        assertEquals(details, found.details());
        assertEquals(USER, found.createdBy().orElseThrow());
        assertEquals(CREATED, found.createdAt());
        assertEquals(CREATED, found.updatedAt());
        assertTrue(found.deletedAt().isEmpty());
    }

    @Test
    void contact_without_a_creator_keeps_none() {
        var contact = Contact.create(contacts.nextId(), aContact().build(), null, CREATED);

        contacts.save(contact);

        assertTrue(contacts.findById(contact.id()).orElseThrow().createdBy().isEmpty());
    }

    @Test
    void next_ids_are_distinct() {
        var first = contacts.nextId();
        var second = contacts.nextId();

        assertTrue(second.value() > first.value(), first + " then " + second);
    }

    @Test
    void saving_again_overwrites_the_stored_contact_but_not_its_creation() {
        var contact = Contact.create(
                contacts.nextId(),
                aContact().named("Anna", "Kiss").withPhone("1").build(),
                USER,
                CREATED);
        contacts.save(contact);

        var edited = contact.edit(
                ContactEdit.replacingWith(aContact().named("Anna", "Nagy").build()), LATER);
        contacts.save(edited);

        var found = contacts.findById(contact.id()).orElseThrow();
        assertEquals("Nagy", found.details().lastName());
        assertEquals(null, found.details().phone());
        assertEquals(CREATED, found.createdAt());
        assertEquals(LATER, found.updatedAt());
    }

    @Test
    void unknown_contact_is_not_found() {
        assertTrue(contacts.findById(new ContactId(987_654)).isEmpty());
        assertTrue(contacts.lockById(new ContactId(987_654)).isEmpty());
    }

    @Test
    void deleted_contact_is_not_found_but_can_still_be_locked() {
        var contact = saved(aContact().build());

        contacts.save(contact.delete(LATER));

        assertTrue(contacts.findById(contact.id()).isEmpty());
        var locked = db.transactions()
                .inTransaction(() -> contacts.lockById(contact.id()))
                .orElseThrow();
        assertEquals(LATER, locked.deletedAt().orElseThrow());
    }

    @Test
    void restored_contact_is_found_again() {
        var contact = saved(aContact().build());
        contacts.save(contact.delete(LATER));

        contacts.save(contact.delete(LATER).undelete(LATER.plusSeconds(1)));

        assertFalse(contacts.findById(contact.id()).orElseThrow().isDeleted());
    }

    @Test
    void the_database_refuses_a_contact_of_an_unknown_company() {
        var contact = Contact.create(
                contacts.nextId(), aContact().atCompany(new CompanyId(424_242)).build(), USER, CREATED);

        var refused = assertThrows(RuntimeException.class, () -> contacts.save(contact));

        assertTrue(refused.getMessage().contains("contacts_company_id_fkey"), refused.getMessage());
        assertTrue(contacts.findById(contact.id()).isEmpty());
    }

    @Test
    void a_locked_contact_makes_the_next_locker_wait_and_see_the_first_change() throws Exception {
        var contact = saved(aContact().named("Anna", "Kiss").build());
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        try {
            var first = threads.submit(() -> db.transactions().inTransaction(() -> {
                var current = contacts.lockById(contact.id()).orElseThrow();
                locked.countDown();
                await(release);
                contacts.save(current.edit(
                        ContactEdit.replacingWith(
                                aContact().named("Anna", "Nagy").build()),
                        LATER));
            }));
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            var second = threads.submit(() -> db.transactions()
                    .inTransaction(() -> contacts.lockById(contact.id()).orElseThrow()));
            LockWaits.awaitSessionWaitingForLock(db.dataSource());

            assertFalse(second.isDone(), "the second locker must wait");
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            assertEquals("Nagy", second.get(10, TimeUnit.SECONDS).details().lastName());
        } finally {
            release.countDown();
            threads.shutdown();
            assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "the test never released this transaction");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Contact saved(ContactDetails details) {
        var contact = Contact.create(contacts.nextId(), details, USER, CREATED);
        contacts.save(contact);
        return contact;
    }

    private CompanyId aLiveCompany() {
        var company = Company.create(db.companies().nextId(), aCompany().build(), USER, CREATED);
        db.companies().save(company);
        return company.id();
    }
}
