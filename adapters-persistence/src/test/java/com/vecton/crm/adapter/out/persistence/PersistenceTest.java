package com.vecton.crm.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class PersistenceTest {

    @Test
    void an_unreachable_database_fails_fast_with_a_clear_message() {
        var nowhere = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/crm", "postgres", "", 2);
        long started = System.nanoTime();

        var failure = assertThrows(DatabaseUnreachableException.class, () -> Persistence.connect(nowhere));

        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5, "took too long");
        assertTrue(
                failure.getMessage().startsWith("cannot connect to jdbc:postgresql://127.0.0.1:1/crm as postgres: "),
                failure.getMessage());
    }

    @Test
    void a_missing_database_is_unreachable_too() {
        var missing = TestDatabase.notYetCreated();

        var failure = assertThrows(DatabaseUnreachableException.class, () -> Persistence.connect(missing));

        assertTrue(failure.getMessage().contains(missing.databaseName()), failure.getMessage());
    }

    @Test
    void an_unmigrated_database_is_not_ready_until_migrated() {
        try (var db = Persistence.connect(TestDatabase.empty())) {
            assertFalse(db.isReady());

            db.migrate();

            assertTrue(db.isReady());
            long extensions = Jdbi.create(db.dataSource())
                    .withHandle(h -> h.createQuery(
                                    "SELECT count(*) FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm')")
                            .mapTo(Long.class)
                            .one());
            assertEquals(2, extensions, "both search extensions are installed");
        }
    }

    @Test
    void a_database_migrated_by_someone_else_is_ready() {
        var settings = TestDatabase.fresh();
        try (var db = Persistence.connect(settings)) {
            assertTrue(db.isReady());
            db.migrate();
            assertTrue(db.isReady(), "migrating twice changes nothing");
        }
    }

    @Test
    void a_closed_pool_is_not_ready() {
        var db = Persistence.connect(TestDatabase.fresh());
        assertTrue(db.isReady());

        db.close();

        assertFalse(db.isReady());
    }

    @Test
    void a_missing_database_is_created_once_even_when_two_processes_race() throws Exception {
        var settings = TestDatabase.notYetCreated();
        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            Callable<Boolean> create = () -> {
                start.await();
                return Persistence.createDatabaseIfMissing(settings);
            };
            var results = new ArrayList<Future<Boolean>>();
            results.add(pool.submit(create));
            results.add(pool.submit(create));
            start.countDown();

            int created = 0;
            for (var result : results) {
                created += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, created);
            assertFalse(Persistence.createDatabaseIfMissing(settings), "it exists now");
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
        try (var db = Persistence.connect(settings)) {
            db.migrate();
            assertTrue(db.isReady());
        }
    }
}
