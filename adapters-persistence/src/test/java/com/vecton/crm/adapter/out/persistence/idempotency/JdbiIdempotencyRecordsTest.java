package com.vecton.crm.adapter.out.persistence.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.in.idempotency.RunOnceUseCase.Outcome;
import com.vecton.crm.application.port.out.IdempotencyRecords;
import com.vecton.crm.application.service.idempotency.ForgetExpiredIdempotencyKeysService;
import com.vecton.crm.application.service.idempotency.RunOnceService;
import com.vecton.crm.domain.idempotency.IdempotencyKey;
import com.vecton.crm.domain.idempotency.IdempotencyRecord;
import com.vecton.crm.domain.idempotency.IdempotencyScope;
import com.vecton.crm.domain.idempotency.IdempotentRequest;
import com.vecton.crm.domain.idempotency.RequestFingerprint;
import com.vecton.crm.domain.idempotency.StoredResponse;
import com.vecton.crm.domain.problem.Conflict;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The idempotency record on real Postgres: the store, the run-once transaction over it, and the expiry job. */
class JdbiIdempotencyRecordsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant LIVE_SINCE = NOW.minus(RunOnceService.RETENTION);
    private static final IdempotencyScope ODON = new IdempotencyScope("user:u-1001");
    private static final IdempotencyScope AGOTA = new IdempotencyScope("user:u-1002");
    private static final IdempotencyKey KEY = new IdempotencyKey("8e03978e-40d5-43e8-bc93-6894a57f9324");
    private static final RequestFingerprint CREATE = new RequestFingerprint("POST", "/api/contacts", "a".repeat(64));
    private static final StoredResponse CREATED = new StoredResponse(
            201,
            Map.of("Location", "http://127.0.0.1/api/contacts/7", "Content-Type", "application/json", "ETag", "\"1\""),
            "{\"data\":{\"id\":7,\"name\":\"Ödön\"}}".getBytes(StandardCharsets.UTF_8));

    private static Persistence db;
    private static Jdbi sql;
    private IdempotencyRecords records;

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
        records = db.idempotencyRecords();
    }

    private static IdempotencyRecord record(IdempotencyScope scope, Instant createdAt) {
        return new IdempotencyRecord(new IdempotentRequest(scope, KEY, CREATE), CREATED, createdAt);
    }

    private void save(IdempotencyRecord record) {
        db.transactions().inTransaction(() -> records.save(record, LIVE_SINCE));
    }

    private static long rows() {
        return sql.withHandle(h -> h.createQuery("SELECT count(*) FROM idempotency_keys")
                .mapTo(Long.class)
                .one());
    }

    private RunOnceService runOnce() {
        return new RunOnceService(db.transactions(), records, () -> NOW);
    }

    @Test
    void a_saved_answer_is_found_again_byte_for_byte_for_its_caller_only() {
        save(record(ODON, NOW));

        var found = records.findLive(ODON, KEY, LIVE_SINCE).orElseThrow();

        assertEquals(record(ODON, NOW), found);
        assertArrayEquals(CREATED.body(), found.response().body());
        assertEquals(CREATED.headers(), found.response().headers());
        assertEquals(Optional.empty(), records.findLive(AGOTA, KEY, LIVE_SINCE), "another caller's key is another key");
    }

    @Test
    void an_expired_answer_is_not_found_and_a_new_use_of_the_key_replaces_it() {
        save(record(ODON, LIVE_SINCE.minusMillis(1)));

        assertEquals(Optional.empty(), records.findLive(ODON, KEY, LIVE_SINCE));
        save(record(ODON, NOW));

        assertEquals(NOW, records.findLive(ODON, KEY, LIVE_SINCE).orElseThrow().createdAt());
        assertEquals(1, rows());
    }

    @Test
    void a_live_answer_is_never_overwritten() {
        save(record(ODON, NOW.minusSeconds(5)));

        assertThrows(IllegalStateException.class, () -> save(record(ODON, NOW)));

        assertEquals(
                NOW.minusSeconds(5),
                records.findLive(ODON, KEY, LIVE_SINCE).orElseThrow().createdAt());
    }

    @Test
    void a_claim_is_held_until_its_transaction_ends_and_refused_to_others_without_waiting() throws Exception {
        var claimed = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            var holder = pool.submit(() -> db.transactions().inTransaction(() -> {
                assertTrue(records.claim(ODON, KEY));
                claimed.countDown();
                await(release);
            }));
            assertTrue(claimed.await(30, TimeUnit.SECONDS));

            assertFalse(db.transactions().inTransaction(() -> records.claim(ODON, KEY)), "held by the other");
            assertTrue(db.transactions().inTransaction(() -> records.claim(AGOTA, KEY)), "another caller's key");

            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            assertTrue(db.transactions().inTransaction(() -> records.claim(ODON, KEY)), "free after the commit");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThrows(IllegalStateException.class, () -> records.claim(ODON, KEY), "outside a transaction");
    }

    @Test
    void run_once_keeps_a_success_and_replays_it_and_refuses_the_key_for_another_request() {
        var request = new IdempotentRequest(ODON, KEY, CREATE);
        var runs = new AtomicInteger();

        Outcome first = runOnce().run(request, () -> {
            runs.incrementAndGet();
            return CREATED;
        });
        Outcome again = runOnce().run(request, () -> {
            runs.incrementAndGet();
            return CREATED;
        });

        assertEquals(new Outcome(CREATED, false), first);
        assertEquals(new Outcome(CREATED, true), again);
        assertEquals(1, runs.get(), "the retry did not run the work");
        var otherBody =
                new IdempotentRequest(ODON, KEY, new RequestFingerprint("POST", "/api/contacts", "b".repeat(64)));
        var reused = assertThrows(RuleViolated.class, () -> runOnce().run(otherBody, () -> CREATED));
        assertEquals("idempotency_key_reused", reused.code());
        assertEquals(1, runs.get());
    }

    @Test
    void run_once_keeps_nothing_of_work_that_failed_or_answered_no_success() {
        var request = new IdempotentRequest(ODON, KEY, CREATE);

        var refused = assertThrows(
                ValidationFailed.class,
                () -> runOnce().run(request, () -> {
                    sql.useHandle(h -> h.execute("SELECT 1"));
                    throw ValidationFailed.of("email", "must be a valid email address");
                }));
        assertEquals("validation_failed", refused.code());
        var notFound = new StoredResponse(404, Map.of(), new byte[0]);
        assertEquals(new Outcome(notFound, false), runOnce().run(request, () -> notFound));
        assertEquals(0, rows());

        assertEquals(new Outcome(CREATED, false), runOnce().run(request, () -> CREATED), "the fixed retry runs");
        assertEquals(1, rows());
    }

    @Test
    void run_once_refuses_a_second_request_while_the_first_runs_with_a_retry_after() throws Exception {
        var request = new IdempotentRequest(ODON, KEY, CREATE);
        var running = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            var first = pool.submit(() -> runOnce().run(request, () -> {
                running.countDown();
                await(release);
                return CREATED;
            }));
            assertTrue(running.await(30, TimeUnit.SECONDS));

            var busy = assertThrows(Conflict.class, () -> runOnce().run(request, () -> CREATED));

            assertEquals("idempotency_key_in_progress", busy.code());
            assertEquals(Optional.of(Duration.ofSeconds(1)), busy.retryAfter());
            release.countDown();
            assertEquals(new Outcome(CREATED, false), first.get(30, TimeUnit.SECONDS));
            assertEquals(new Outcome(CREATED, true), runOnce().run(request, () -> CREATED));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /** More expired keys than one batch, and live ones: every expired one goes, every live one stays. */
    @Test
    void expired_keys_are_forgotten_in_batches_and_live_ones_stay() {
        insertKeys("old", 5_003, LIVE_SINCE.minusSeconds(60));
        insertKeys("live", 3, LIVE_SINCE);

        assertEquals(5_003, new ForgetExpiredIdempotencyKeysService(records, () -> NOW).forgetExpiredKeys());

        assertEquals(List.of("live-1", "live-2", "live-3"), keys());
        assertEquals(0, new ForgetExpiredIdempotencyKeysService(records, () -> NOW).forgetExpiredKeys());
    }

    /** Two replicas at the same moment: each expired row is forgotten by exactly one of them, neither waits. */
    @Test
    void two_concurrent_expiry_runs_forget_each_key_once() throws Exception {
        insertKeys("old", 12_000, LIVE_SINCE.minusSeconds(60));
        insertKeys("live", 3, LIVE_SINCE.plusSeconds(1));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var runs = List.of(
                    pool.submit(() -> {
                        start.await();
                        return new ForgetExpiredIdempotencyKeysService(records, () -> NOW).forgetExpiredKeys();
                    }),
                    pool.submit(() -> {
                        start.await();
                        return new ForgetExpiredIdempotencyKeysService(records, () -> NOW).forgetExpiredKeys();
                    }));
            start.countDown();
            int forgotten = 0;
            for (var run : runs) {
                forgotten += run.get(60, TimeUnit.SECONDS);
            }

            assertEquals(12_000, forgotten, "each expired key counted by exactly one run");
            assertEquals(List.of("live-1", "live-2", "live-3"), keys());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A run does not wait for rows another transaction holds (SKIP LOCKED): it leaves them to the next run. */
    @Test
    void an_expiry_run_skips_rows_another_transaction_holds() throws Exception {
        insertKeys("old", 10, LIVE_SINCE.minusSeconds(60));
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var holder = pool.submit(() -> sql.useTransaction(h -> {
                h.execute("SELECT 1 FROM idempotency_keys WHERE idempotency_key IN ('old-1', 'old-2') FOR UPDATE");
                locked.countDown();
                await(release);
            }));
            assertTrue(locked.await(30, TimeUnit.SECONDS));

            var run =
                    pool.submit(() -> new ForgetExpiredIdempotencyKeysService(records, () -> NOW).forgetExpiredKeys());

            assertEquals(8, run.get(30, TimeUnit.SECONDS), "done without waiting for the held rows");
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            assertEquals(2, new ForgetExpiredIdempotencyKeysService(records, () -> NOW).forgetExpiredKeys());
            assertEquals(List.of(), keys());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void the_table_refuses_a_malformed_key_or_a_kept_failure() {
        assertThrows(Exception.class, () -> sql.useHandle(h -> h.execute("""
                        INSERT INTO idempotency_keys
                            (scope, idempotency_key, method, target, body_sha256, status, headers, body, created_at)
                        VALUES ('user:u-1', 'caf' || chr(233), 'POST', '/api/contacts', repeat('a', 64), 201,
                                '{}', '', now())""")));
        assertThrows(Exception.class, () -> sql.useHandle(h -> h.execute("""
                        INSERT INTO idempotency_keys
                            (scope, idempotency_key, method, target, body_sha256, status, headers, body, created_at)
                        VALUES ('user:u-1', 'k', 'POST', '/api/contacts', repeat('a', 64), 422, '{}', '', now())""")));
        assertEquals(0, rows());
    }

    private static void insertKeys(String prefix, int count, Instant createdAt) {
        sql.useHandle(h -> h.execute("""
                INSERT INTO idempotency_keys
                    (scope, idempotency_key, method, target, body_sha256, status, headers, body, created_at)
                SELECT 'user:u-1001', ? || '-' || g, 'POST', '/api/contacts', repeat('a', 64), 201, '{}', '',
                       CAST(? AS timestamptz)
                FROM generate_series(1, ?) AS g""", prefix, createdAt.atOffset(ZoneOffset.UTC), count));
    }

    private static List<String> keys() {
        return sql.withHandle(h -> h.createQuery("SELECT idempotency_key FROM idempotency_keys ORDER BY 1")
                .mapTo(String.class)
                .list());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "the test never released the transaction");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
