package com.vecton.crm.adapter.out.persistence.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.ProcessedEvents;
import com.vecton.crm.application.service.event.ForgetOldEventIdsService;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.event.IdentityChange.MemberRemoved;
import com.vecton.crm.domain.event.IdentityChange.PolicyUpdated;
import com.vecton.crm.domain.event.IdentityEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiProcessedEventsTest {
    private static final Instant OCCURRED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant HANDLED = Instant.parse("2026-11-20T10:00:01.5Z");

    private static Persistence db;
    private static Jdbi sql;
    private ProcessedEvents processed;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
        sql = Jdbi.create(db.dataSource());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean(db.dataSource());
        processed = db.processedEvents();
    }

    @Test
    void an_id_is_recorded_once_with_its_type_and_times() {
        var event = new IdentityEvent("0b9f-1", OCCURRED, "t-acme", new PolicyUpdated("t-acme"));

        assertTrue(processed.markProcessed(event, HANDLED));

        assertEquals(
                Map.of("event_id", "0b9f-1", "type", "identity.policy.updated"),
                sql.withHandle(h -> h.createQuery("SELECT event_id, type FROM processed_events")
                        .mapToMap()
                        .one()));
        assertEquals(
                OCCURRED,
                sql.withHandle(h -> h.createQuery("SELECT occurred_at FROM processed_events")
                        .mapTo(Instant.class)
                        .one()));
        assertEquals(
                HANDLED,
                sql.withHandle(h -> h.createQuery("SELECT handled_at FROM processed_events")
                        .mapTo(Instant.class)
                        .one()));
    }

    @Test
    void the_same_id_again_is_refused_whatever_it_carries_and_another_id_is_not() {
        assertTrue(processed.markProcessed(
                new IdentityEvent("0b9f-1", OCCURRED, null, new PolicyUpdated("t-acme")), HANDLED));

        assertFalse(processed.markProcessed(
                new IdentityEvent(
                        "0b9f-1", OCCURRED.plusSeconds(9), null, new MemberRemoved("t-acme", new UserId("u-1"))),
                HANDLED));
        assertTrue(processed.markProcessed(
                new IdentityEvent("0b9f-2", OCCURRED, null, new PolicyUpdated("t-acme")), HANDLED));
        long recorded = sql.withHandle(h -> h.createQuery("SELECT count(*) FROM processed_events")
                .mapTo(Long.class)
                .one());
        assertEquals(2L, recorded);
    }

    @Test
    void an_id_recorded_in_a_rolled_back_transaction_is_free_again() {
        var event = new IdentityEvent("0b9f-1", OCCURRED, null, new PolicyUpdated("t-acme"));

        assertThrows(
                IllegalStateException.class,
                () -> db.transactions().inTransaction(() -> {
                    assertTrue(processed.markProcessed(event, HANDLED));
                    throw new IllegalStateException("the handler failed");
                }));

        assertTrue(processed.markProcessed(event, HANDLED));
    }

    /** More old ids than one batch, and recent ones: every old one goes, every recent one stays. */
    @Test
    void ids_older_than_the_retention_are_forgotten_in_batches() {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        Instant cutoff = now.minus(ForgetOldEventIdsService.RETENTION);
        sql.useHandle(
                h -> h.execute("""
                INSERT INTO processed_events (event_id, type, occurred_at, handled_at)
                SELECT 'old-' || g, 'identity.user.updated', CAST(? AS timestamptz), CAST(? AS timestamptz)
                FROM generate_series(1, 5003) AS g
                UNION ALL
                SELECT 'recent-' || g, 'identity.user.updated', CAST(? AS timestamptz), CAST(? AS timestamptz)
                FROM generate_series(1, 3) AS g""", cutoff.minusSeconds(60), cutoff.minusSeconds(1), cutoff, cutoff.plusSeconds(1)));

        assertEquals(5003, new ForgetOldEventIdsService(processed, () -> now).forgetOldEventIds());

        assertEquals(
                List.of("recent-1", "recent-2", "recent-3"),
                sql.withHandle(h -> h.createQuery("SELECT event_id FROM processed_events ORDER BY event_id")
                        .mapTo(String.class)
                        .list()));
        assertEquals(
                0, new ForgetOldEventIdsService(processed, () -> now).forgetOldEventIds(), "nothing left to forget");
    }
}
