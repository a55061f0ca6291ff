package com.vecton.crm.adapter.out.persistence.event;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.Changes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The relay's wake-up: after a commit that wrote an event, not before it, and not on a rollback. */
class LocalOutboxSignalTest {
    private static final Duration LONG = Duration.ofSeconds(30);
    private static Persistence db;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static void recordOne() {
        db.activityLog().record(new ActivityEntry(new Actor(new UserId("u-1"), null), "contact", "1", "created",
                Changes.NONE, Instant.now()));
    }

    /** Waits on a thread of its own; completes when the signal returns. */
    private static CompletableFuture<Long> waiting(Duration timeout) {
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            try {
                db.outboxSignal().awaitEvents(timeout);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return (System.nanoTime() - start) / 1_000_000;
        });
    }

    private static void drainPending() throws InterruptedException {
        db.outboxSignal().awaitEvents(Duration.ZERO);
    }

    @Test
    void a_committed_event_wakes_the_waiting_relay_at_once() throws Exception {
        drainPending();
        var relay = waiting(LONG);
        Thread.sleep(50);
        db.transactions().inTransaction(LocalOutboxSignalTest::recordOne);
        assertTrue(relay.get(5, TimeUnit.SECONDS) < 5_000);
    }

    @Test
    void an_event_still_in_its_transaction_or_rolled_back_wakes_nobody() throws Exception {
        drainPending();
        var relay = waiting(Duration.ofMillis(700));
        assertThrows(IllegalStateException.class, () -> db.transactions().inTransaction(() -> {
            recordOne();
            throw new IllegalStateException("the change fails after its audit row");
        }));
        // The wait ran into its timeout: nothing committed.
        assertTrue(relay.get(5, TimeUnit.SECONDS) >= 650, "woken although nothing committed");
    }

    @Test
    void an_event_committed_while_nobody_waited_is_not_missed() throws Exception {
        drainPending();
        db.transactions().inTransaction(LocalOutboxSignalTest::recordOne);
        assertTrue(waiting(LONG).get(5, TimeUnit.SECONDS) < 5_000);
    }
}
