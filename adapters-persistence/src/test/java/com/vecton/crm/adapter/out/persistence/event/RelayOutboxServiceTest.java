package com.vecton.crm.adapter.out.persistence.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.EventPublisher;
import com.vecton.crm.application.service.event.RelayOutboxService;
import com.vecton.crm.domain.event.CrmEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox relay on real Postgres with an in-memory broker: order, removal, failures, and replicas. */
class RelayOutboxServiceTest {
    private static Persistence db;
    private EventFixture fixture;

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
    }

    private RelayOutboxService relay(EventPublisher publisher, int batchSize) {
        return new RelayOutboxService(db.transactions(), db.eventOutbox(), publisher, batchSize);
    }

    @Test
    void events_are_published_in_sequence_order_in_batches_and_removed() {
        for (int i = 1; i <= 5; i++) {
            fixture.record("s" + i, i);
        }
        var broker = new RecordingPublisher();
        var relay = relay(broker, 2);

        assertEquals(
                List.of(2, 2, 1, 0),
                List.of(relay.relayBatch(), relay.relayBatch(), relay.relayBatch(), relay.relayBatch()));

        assertEquals(List.of("s1", "s2", "s3", "s4", "s5"), broker.subjects());
        assertEquals(List.of(2, 2, 1), broker.batchSizes);
        assertEquals(0L, fixture.count("outbox"));
        assertEquals(5L, fixture.count("activity_log"));
    }

    @Test
    void a_publish_that_fails_leaves_the_events_for_the_next_run_with_the_same_ids() {
        fixture.record("s1", 1);
        fixture.record("s2", 1);
        var down = new RecordingPublisher();
        down.beforeConfirm = batch -> {
            throw new EventPublisher.EventsNotPublished("broker unreachable", null);
        };

        assertThrows(
                EventPublisher.EventsNotPublished.class, () -> relay(down, 10).relayBatch());

        assertEquals(2L, fixture.count("outbox"));
        var up = new RecordingPublisher();
        assertEquals(2, relay(up, 10).relayBatch());
        assertEquals(List.of("s1", "s2"), up.subjects());
        assertEquals(
                down.attempted.stream().map(CrmEvent::id).toList(),
                up.ids(),
                "a republished event keeps its id, so consumers can deduplicate it");
        assertEquals(0L, fixture.count("outbox"));
    }

    @Test
    void a_second_relay_finds_nothing_to_do_while_the_first_publishes() throws Exception {
        fixture.record("s1", 1);
        var publishing = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var slow = new RecordingPublisher();
        slow.beforeConfirm = batch -> {
            publishing.countDown();
            awaitQuietly(release);
        };
        var fast = new RecordingPublisher();

        var first = CompletableFuture.supplyAsync(() -> relay(slow, 10).relayBatch());
        try {
            assertTrue(publishing.await(10, TimeUnit.SECONDS));
            assertEquals(0, relay(fast, 10).relayBatch());
        } finally {
            release.countDown();
        }

        assertEquals(1, first.get(10, TimeUnit.SECONDS));
        assertEquals(List.of(), fast.subjects());
        assertEquals(0, relay(fast, 10).relayBatch(), "the first removed what it published");
    }

    /**
     * Four writers change four subjects (each its own, in order) while two relays, as on two
     * replicas, drain the outbox concurrently: every event goes out exactly once, never two
     * batches at a time, and each subject's events in the order they were written.
     */
    @Test
    void two_relays_racing_publish_every_event_once_and_each_subject_in_order() throws Exception {
        int subjects = 4;
        int changesPerSubject = 60;
        var broker = new RecordingPublisher();
        var inFlight = new AtomicInteger();
        var overlapped = new AtomicBoolean();
        broker.beforeConfirm = batch -> {
            if (inFlight.incrementAndGet() > 1) {
                overlapped.set(true);
            }
            Thread.yield();
            inFlight.decrementAndGet();
        };
        var writersDone = new AtomicBoolean();
        var pool = Executors.newFixedThreadPool(subjects + 2);
        try {
            var start = new CountDownLatch(1);
            var writers = new ArrayList<Future<?>>();
            for (int s = 0; s < subjects; s++) {
                String subject = "c" + s;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 1; i <= changesPerSubject; i++) {
                        long counter = i;
                        db.transactions().inTransaction(() -> fixture.record(subject, counter));
                    }
                    return null;
                }));
            }
            var relays = new ArrayList<Future<Integer>>();
            for (int r = 0; r < 2; r++) {
                var relay = relay(broker, 7);
                relays.add(pool.submit(() -> {
                    start.await();
                    int relayed = 0;
                    while (!writersDone.get() || fixture.count("outbox") > 0) {
                        relayed += relay.relayBatch();
                    }
                    return relayed;
                }));
            }
            start.countDown();
            for (var writer : writers) {
                writer.get(30, TimeUnit.SECONDS);
            }
            writersDone.set(true);
            int relayed = 0;
            for (var relay : relays) {
                relayed += relay.get(30, TimeUnit.SECONDS);
            }
            assertEquals(subjects * changesPerSubject, relayed);
        } finally {
            pool.shutdownNow();
        }

        var published = broker.published();
        assertEquals(subjects * changesPerSubject, published.size());
        assertEquals(published.size(), new HashSet<>(broker.ids()).size(), "no event twice");
        assertFalse(overlapped.get(), "two batches were published at the same time");
        var countersBySubject = new TreeMap<String, List<Object>>();
        published.forEach(e -> countersBySubject
                .computeIfAbsent(e.subjectId(), k -> new ArrayList<>())
                .add(((Number) e.changes().fields().get("counter").after()).longValue()));
        for (var subject : countersBySubject.entrySet()) {
            var expected = new ArrayList<Object>();
            for (long i = 1; i <= changesPerSubject; i++) {
                expected.add(i);
            }
            assertEquals(expected, subject.getValue(), "the order of " + subject.getKey());
        }
        assertEquals(0L, fixture.count("outbox"));
    }

    @Test
    void a_batch_size_out_of_range_is_refused() {
        var broker = new RecordingPublisher();
        assertThrows(IllegalArgumentException.class, () -> relay(broker, 0));
        assertThrows(IllegalArgumentException.class, () -> relay(broker, RelayOutboxService.MAX_BATCH_SIZE + 1));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("not released within ten seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A broker in memory: keeps what it confirmed, in order; {@code beforeConfirm} may stall or fail. */
    private static final class RecordingPublisher implements EventPublisher {
        final List<CrmEvent> attempted = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        private final List<CrmEvent> confirmed = Collections.synchronizedList(new ArrayList<>());
        volatile Consumer<List<CrmEvent>> beforeConfirm = batch -> {};

        @Override
        public void publishConfirmed(List<CrmEvent> events) {
            attempted.addAll(events);
            beforeConfirm.accept(events);
            confirmed.addAll(events);
            batchSizes.add(events.size());
        }

        List<CrmEvent> published() {
            synchronized (confirmed) {
                return List.copyOf(confirmed);
            }
        }

        List<String> subjects() {
            return published().stream().map(CrmEvent::subjectId).toList();
        }

        List<UUID> ids() {
            return published().stream().map(CrmEvent::id).toList();
        }
    }
}
