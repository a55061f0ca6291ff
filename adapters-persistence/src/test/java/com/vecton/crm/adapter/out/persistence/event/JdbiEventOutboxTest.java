package com.vecton.crm.adapter.out.persistence.event;

import static com.vecton.crm.domain.testing.ContactDetailsBuilder.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.adapter.out.persistence.testing.UseCaseKits;
import com.vecton.crm.application.port.out.EventOutbox;
import com.vecton.crm.application.service.contact.ContactServices;
import com.vecton.crm.application.service.contact.CreateContactService;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.audit.FieldChange;
import com.vecton.crm.domain.event.CrmEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox against real Postgres: every audit row is an event, written and claimed transactionally. */
class JdbiEventOutboxTest {
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00.123456Z");

    private static Persistence db;
    private EventFixture fixture;
    private EventOutbox outbox;

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
        fixture = new EventFixture(db);
        outbox = db.eventOutbox();
    }

    private List<CrmEvent> claim(int max) {
        return db.transactions().inTransaction(() -> outbox.claimOldest(max));
    }

    @Test
    void an_audit_entry_is_also_an_event_with_all_of_its_fields() {
        var actor = new Actor(new UserId("u-1001"), new UserId("admin-7"));
        var fields = new LinkedHashMap<String, FieldChange>();
        fields.put("first_name", new FieldChange("Odon", "Ödön"));
        fields.put("company_id", new FieldChange(null, 12));

        db.activityLog().record(new ActivityEntry(actor, "contact", "42", AuditEvent.UPDATED, new Changes(fields), AT));

        var events = claim(10);
        assertEquals(1, events.size());
        var event = events.getFirst();
        assertEquals(actor, event.actor());
        assertEquals(AT, event.occurredAt());
        assertEquals("contact", event.subjectType());
        assertEquals("42", event.subjectId());
        assertEquals("updated", event.event());
        assertEquals(
                Map.of("first_name", new FieldChange("Odon", "Ödön"), "company_id", new FieldChange(null, 12)),
                event.changes().fields());
        assertEquals("crm.t-acme.contact.updated", event.routingKey("t-acme"));
        assertEquals(event.id(), claim(10).getFirst().id(), "the id is fixed when the event is made");
    }

    @Test
    void a_use_case_change_puts_one_event_in_the_outbox_in_its_transaction() {
        var create = new CreateContactService(new ContactServices(db.contacts(), db.companies(), UseCaseKits.on(db)));

        var contact = create.create(
                new Actor(new UserId("u-1001"), null),
                aContact().named("Ödön", "Árvai").build());

        var events = claim(10);
        assertEquals(1, events.size());
        assertEquals("crm.contact.created", events.getFirst().type());
        assertEquals(String.valueOf(contact.id().value()), events.getFirst().subjectId());
        assertEquals(1L, fixture.count("activity_log"));
    }

    @Test
    void a_rolled_back_change_leaves_neither_audit_row_nor_event() {
        assertThrows(
                IllegalStateException.class,
                () -> db.transactions().inTransaction(() -> {
                    fixture.record("42", 1);
                    assertEquals(1, outbox.claimOldest(10).size(), "visible inside the transaction");
                    throw new IllegalStateException("the use case failed after recording");
                }));

        assertEquals(0L, fixture.count("outbox"));
        assertEquals(0L, fixture.count("activity_log"));
    }

    @Test
    void claims_take_the_oldest_in_sequence_order_and_removal_takes_exactly_those() {
        for (int i = 1; i <= 5; i++) {
            fixture.record("s" + i, i);
        }

        var oldest = claim(3);
        assertEquals(
                List.of("s1", "s2", "s3"),
                oldest.stream().map(CrmEvent::subjectId).toList());
        assertTrue(oldest.get(0).sequence() < oldest.get(1).sequence()
                && oldest.get(1).sequence() < oldest.get(2).sequence());
        assertNotEquals(oldest.get(0).id(), oldest.get(1).id());

        db.transactions().inTransaction(() -> outbox.remove(oldest.subList(0, 2)));

        assertEquals(
                List.of("s3", "s4", "s5"),
                claim(10).stream().map(CrmEvent::subjectId).toList());
        assertEquals(5L, fixture.count("activity_log"), "the audit trail stays");
    }

    @Test
    void while_one_transaction_relays_another_claims_nothing_at_once() throws Exception {
        fixture.record("42", 1);
        var claimed = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var relay = CompletableFuture.supplyAsync(() -> db.transactions().inTransaction(() -> {
            var events = outbox.claimOldest(10);
            claimed.countDown();
            await(release);
            return events.size();
        }));
        try {
            assertTrue(claimed.await(10, TimeUnit.SECONDS));
            long started = System.nanoTime();

            assertEquals(List.of(), claim(10));

            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(2), "the second claim did not wait");
        } finally {
            release.countDown();
        }
        assertEquals(1, relay.get(10, TimeUnit.SECONDS));
        assertEquals(1, claim(10).size(), "the lock ends with the transaction");
    }

    @Test
    void a_claim_outside_a_transaction_is_refused() {
        assertThrows(IllegalStateException.class, () -> outbox.claimOldest(10));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("not released within ten seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
