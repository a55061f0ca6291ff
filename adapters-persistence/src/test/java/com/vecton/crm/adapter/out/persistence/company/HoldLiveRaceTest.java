package com.vecton.crm.adapter.out.persistence.company;

import static com.vecton.crm.domain.testing.CompanyDetailsBuilder.aCompany;
import static com.vecton.crm.domain.testing.ContactDetailsBuilder.aContact;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.LockWaits;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.contact.Contact;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The race that {@code holdLive} exists for: attaching a contact to a company while another
 * request deletes that company. Whichever transaction locks first wins; the other waits for it.
 */
class HoldLiveRaceTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final UserId USER = new UserId("u-1001");

    private static Persistence db;
    private ExecutorService threads;
    private Company company;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void aCompanyAndTwoThreads() {
        TestDatabase.clean(db.dataSource());
        company = Company.create(db.companies().nextId(), aCompany().build(), USER, T0);
        db.companies().save(company);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void a_delete_waits_for_the_transaction_holding_the_company_live() throws Exception {
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var contact = Contact.create(
                db.contacts().nextId(), aContact().atCompany(company.id()).build(), USER, T0);

        var attach = threads.submit(() -> db.transactions().inTransaction(() -> {
            assertTrue(db.companies().holdLive(company.id()));
            db.contacts().save(contact);
            held.countDown();
            await(release);
        }));
        assertTrue(held.await(10, TimeUnit.SECONDS));
        var delete = threads.submit(() -> db.transactions().inTransaction(() -> {
            var current = db.companies().lockById(company.id()).orElseThrow();
            db.companies().save(current.delete(T0.plusSeconds(60)));
        }));
        LockWaits.awaitSessionWaitingForLock(db.dataSource());

        assertFalse(delete.isDone(), "the delete must wait for the attaching transaction");
        release.countDown();
        attach.get(10, TimeUnit.SECONDS);
        delete.get(10, TimeUnit.SECONDS);
        assertTrue(db.contacts().findById(contact.id()).isPresent());
        assertTrue(db.companies().findById(company.id()).isEmpty());
    }

    @Test
    void holding_waits_for_a_delete_in_progress_and_then_sees_the_company_gone() throws Exception {
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);

        var delete = threads.submit(() -> db.transactions().inTransaction(() -> {
            var current = db.companies().lockById(company.id()).orElseThrow();
            db.companies().save(current.delete(T0.plusSeconds(60)));
            locked.countDown();
            await(release);
        }));
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        var hold = threads.submit(
                () -> db.transactions().inTransaction(() -> db.companies().holdLive(company.id())));
        LockWaits.awaitSessionWaitingForLock(db.dataSource());

        assertFalse(hold.isDone(), "holding must wait for the deleting transaction");
        release.countDown();
        delete.get(10, TimeUnit.SECONDS);
        assertFalse(hold.get(10, TimeUnit.SECONDS), "the company was deleted meanwhile");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "the test never released this transaction");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
