package com.vecton.crm.adapter.out.persistence.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.DatabaseSettings;
import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
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
    private static DatabaseSettings settings;
    private static Persistence db;

    @BeforeAll
    static void connect() {
        settings = TestDatabase.fresh();
        db = Persistence.connect(settings);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static void recordOne() {
        db.activityLog()
                .record(new ActivityEntry(
                        new Actor(new UserId("u-1"), null),
                        "contact",
                        "1",
                        AuditEvent.CREATED,
                        Changes.NONE,
                        Instant.now()));
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
        assertThrows(
                IllegalStateException.class,
                () -> db.transactions().inTransaction(() -> {
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

    /** With no broker configured nothing would ever empty the outbox, so nothing is put there. */
    @Test
    void a_process_that_publishes_nothing_writes_audit_rows_without_events() throws Exception {
        try (var quiet = Persistence.connect(settings, false)) {
            long auditBefore = count("activity_log");
            long eventsBefore = count("outbox");
            quiet.transactions()
                    .inTransaction(() -> quiet.activityLog()
                            .record(new ActivityEntry(
                                    new Actor(new UserId("u-1"), null),
                                    "contact",
                                    "2",
                                    AuditEvent.CREATED,
                                    Changes.NONE,
                                    Instant.now())));
            assertEquals(auditBefore + 1, count("activity_log"));
            assertEquals(eventsBefore, count("outbox"));
        }
    }

    private static long count(String table) {
        return db.transactions().inTransaction(() -> {
            try (var connection = db.dataSource().getConnection();
                    var rows = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
