package com.vecton.crm.adapter.out.persistence;

import static com.vecton.crm.domain.testing.ContactDetailsBuilder.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.testing.TcpProxy;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.OutboxSignal;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.Unavailable;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database goes away under the adapter: every way a port reaches it answers
 * {@code Unavailable("database_unavailable")} within the pool's connect timeout, never a raw
 * Jdbi or driver exception (a 500), and the pool recovers by itself once the server is back.
 * Unreachable is played by a {@link TcpProxy} that refuses and resets; a server ending sessions
 * by {@code pg_terminate_backend}, which is what a shutdown does to them.
 */
class DatabaseOutageTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final UserId USER = new UserId("u-1001");
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    /** The wait the adapter promises, times five: the test machines are busy. */
    private static final Duration PATIENCE = Duration.ofMillis(
            Persistence.longestWaitForConnection(settings(CONNECT_TIMEOUT)).toMillis() * 5);

    @Test
    void every_port_path_is_database_unavailable_while_the_server_is_unreachable_and_works_again_after() {
        try (var proxy = TcpProxy.inFrontOf(TestDatabase.fresh()
                        .withTimeouts(CONNECT_TIMEOUT, DatabaseSettings.DEFAULT_STATEMENT_TIMEOUT));
                var db = Persistence.connect(proxy.settings())) {
            var someone = new ContactId(1);
            assertTrue(
                    db.contacts().findById(someone).isEmpty(), "reachable at first; the pool now holds a connection");

            proxy.refuse();

            for (var path : paths(db).entrySet()) {
                long started = System.nanoTime();
                var failure = assertThrows(Unavailable.class, path.getValue(), path.getKey());
                var took = Duration.ofNanos(System.nanoTime() - started);
                assertEquals("database_unavailable", failure.code(), path.getKey());
                assertEquals(Duration.ofSeconds(2), failure.retryAfter(), path.getKey());
                assertTrue(took.compareTo(PATIENCE) < 0, path.getKey() + " took " + took);
            }

            proxy.resume();

            assertEquals(Optional.empty(), eventually(() -> db.contacts().findById(someone)));
            db.transactions()
                    .inTransaction(
                            () -> db.contacts().save(aContactWith(db.contacts().nextId())));
        }
    }

    /** Each way a port reaches the database: a handle of its own, an on-demand SqlObject, a transaction, a cursor. */
    private static Map<String, Executable> paths(Persistence db) {
        var paths = new LinkedHashMap<String, Executable>();
        paths.put("withHandle read", () -> db.contacts().findById(new ContactId(1)));
        paths.put(
                "withHandle page",
                () -> db.contacts()
                        .search(
                                new ContactQuery(Optional.empty(), Optional.empty(), ContactQuery.DEFAULT_SORT),
                                new PageRequest(1, 10)));
        paths.put("onDemand SqlObject read", () -> db.contacts().nextId());
        paths.put("onDemand SqlObject write", () -> db.contacts().save(aContactWith(new ContactId(1))));
        paths.put("the caller of every request", () -> db.tenantUsers().isActive(USER));
        paths.put(
                "transaction",
                () -> db.transactions().inTransaction(() -> db.contacts().findById(new ContactId(1))));
        paths.put("transaction of a repository", () -> db.timeEntries().forEachMatching(TimeEntryQuery.all(), e -> {}));
        return paths;
    }

    @Test
    void readiness_says_not_ready_within_its_deadline_while_the_server_is_unreachable() {
        try (var proxy = TcpProxy.inFrontOf(TestDatabase.fresh()
                        .withTimeouts(Duration.ofSeconds(5), DatabaseSettings.DEFAULT_STATEMENT_TIMEOUT));
                var db = Persistence.connect(proxy.settings())) {
            assertTrue(db.isReady());

            proxy.refuse();

            for (int probe = 0; probe < 3; probe++) {
                long started = System.nanoTime();
                assertFalse(db.isReady());
                var took = Duration.ofNanos(System.nanoTime() - started);
                assertTrue(
                        took.compareTo(Persistence.READINESS_DEADLINE.multipliedBy(3)) < 0,
                        "a probe must not wait for the pool's 5 s; took " + took);
            }

            proxy.resume();

            assertTrue(eventually(() -> db.isReady() ? true : null), "ready again once the server answers");
        }
    }

    @Test
    void a_connection_terminated_in_the_middle_of_a_transaction_is_database_unavailable_and_nothing_commits() {
        var settings = TestDatabase.fresh();
        // One connection: the termination also kills the pool's idle ones, and one of those, used
        // less than 500 ms before, may be lent unchecked to the next transaction (a 503 there too,
        // seen on a busy machine). The pool replaces the one it saw die.
        try (var db = Persistence.connect(settings.withPoolSize(1))) {
            var attempts = new AtomicInteger();

            var failure = assertThrows(
                    Unavailable.class,
                    () -> db.transactions().inTransaction(() -> {
                        attempts.incrementAndGet();
                        db.contacts().save(aContactWith(db.contacts().nextId()));
                        terminateSessionsOf(settings);
                        db.contacts().save(aContactWith(db.contacts().nextId()));
                    }));

            assertEquals("database_unavailable", failure.code());
            assertEquals(1, attempts.get(), "a lost connection is not a reason to run the work again");
            assertEquals(0, contacts(settings));
            db.transactions()
                    .inTransaction(
                            () -> db.contacts().save(aContactWith(db.contacts().nextId())));
            assertEquals(1, contacts(settings), "the pool replaced the connection it lost");
        }
    }

    /**
     * The work's statements ran; then the session ended, so the first thing to meet the dead
     * connection is the {@code COMMIT}. The adapter cannot know whether the server committed (here
     * it did not), so it must not run the work again: that could create the contact twice.
     */
    @Test
    void a_connection_lost_at_commit_is_database_unavailable_and_the_work_is_not_run_again() {
        var settings = TestDatabase.fresh();
        try (var db = Persistence.connect(settings)) {
            var attempts = new AtomicInteger();

            var failure = assertThrows(
                    Unavailable.class,
                    () -> db.transactions().inTransaction(() -> {
                        attempts.incrementAndGet();
                        db.contacts().save(aContactWith(db.contacts().nextId()));
                        terminateSessionsOf(settings);
                    }));

            assertEquals("database_unavailable", failure.code());
            assertEquals(1, attempts.get());
            assertEquals(0, contacts(settings));
        }
    }

    @Test
    void a_connection_terminated_between_calls_outside_a_transaction_is_database_unavailable_or_replaced() {
        var settings = TestDatabase.fresh();
        try (var db = Persistence.connect(settings.withPoolSize(1))) {
            db.contacts().nextId();
            terminateSessionsOf(settings);

            // The pool checks an idle connection before lending it only after 500 ms of idleness, so
            // straight away the dead one may be lent: the call is then 503, never a 500.
            try {
                db.contacts().nextId();
            } catch (Unavailable expected) {
                assertEquals("database_unavailable", expected.code());
            }
            db.contacts().nextId();
        }
    }

    @Test
    void every_port_that_reaches_the_database_is_guarded() throws Exception {
        try (var db = Persistence.connect(TestDatabase.shared())) {
            int ports = 0;
            for (Method accessor : Persistence.class.getMethods()) {
                Class<?> type = accessor.getReturnType();
                boolean isPort =
                        type.isInterface() && type.getPackageName().equals(OutboxSignal.class.getPackageName());
                if (!isPort || Modifier.isStatic(accessor.getModifiers()) || type == OutboxSignal.class) {
                    continue; // the outbox signal is in-process, it never touches the database
                }
                assertTrue(DatabaseFailures.isGuarded(accessor.invoke(db)), accessor.getName() + " is not guarded");
                ports++;
            }
            assertEquals(27, ports, "every port of Persistence was looked at");
            var leave = db.leave();
            for (Object port : java.util.List.of(
                    leave.holidays(),
                    leave.types(),
                    leave.requests(),
                    leave.ledger(),
                    leave.shifts(),
                    leave.assignments())) {
                assertTrue(DatabaseFailures.isGuarded(port), port + " of leave() is not guarded");
            }
        }
    }

    private static Contact aContactWith(ContactId id) {
        return Contact.create(id, aContact().build(), USER, T0);
    }

    /** Ends every session the adapter's pool has open on that database, as a server shutdown does. */
    private static void terminateSessionsOf(DatabaseSettings settings) {
        try (var connection = direct(settings).getConnection();
                var statement = connection.prepareStatement("""
                SELECT count(pg_terminate_backend(pid, 5000))
                FROM pg_stat_activity
                WHERE datname = current_database() AND application_name = 'crm' AND pid <> pg_backend_pid()""");
                var rows = statement.executeQuery()) {
            rows.next();
            assertTrue(rows.getLong(1) > 0, "the pool had a session to end");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long contacts(DatabaseSettings settings) {
        try (var connection = direct(settings).getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM contacts")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PGSimpleDataSource direct(DatabaseSettings settings) {
        var source = new PGSimpleDataSource();
        source.setURL(settings.jdbcUrl());
        source.setUser(settings.user());
        source.setPassword(settings.password());
        return source;
    }

    /** What {@code attempt} returns once it stops failing as unavailable (and is not null); fails after 15 s. */
    private static <T> T eventually(Supplier<T> attempt) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Unavailable last = null;
        while (System.nanoTime() < deadline) {
            try {
                T result = attempt.get();
                if (result != null) {
                    return result;
                }
            } catch (Unavailable e) {
                last = e;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("did not recover within 15 s" + (last == null ? "" : ": " + last.getMessage()));
    }

    private static DatabaseSettings settings(Duration connectTimeout) {
        return new DatabaseSettings(
                "jdbc:postgresql://127.0.0.1/crm",
                "postgres",
                "",
                1,
                connectTimeout,
                DatabaseSettings.DEFAULT_STATEMENT_TIMEOUT);
    }
}
