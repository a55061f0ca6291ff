package com.vecton.crm.adapter.out.persistence;

import static com.vecton.crm.domain.testing.ContactDetailsBuilder.aContact;
import static com.vecton.crm.domain.testing.ProjectDetailsBuilder.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.testing.LockWaits;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.problem.Unavailable;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The statement timeout of request connections: it ends a statement that waits too long (a lock
 * held elsewhere) with {@code 503 database_timeout}, yet spares migrations, which may rightly run
 * for minutes, and a streaming export, whose fetches are each a statement of their own.
 */
class DatabaseTimeoutsTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final UserId USER = new UserId("u-1001");
    private static final Duration SHORT = Duration.ofMillis(300);

    @Test
    void request_connections_carry_the_statement_timeout_and_a_socket_timeout_above_it() throws SQLException {
        try (var db = Persistence.connect(shortStatements(TestDatabase.shared()));
                var connection = db.dataSource().getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SHOW statement_timeout")) {
            rows.next();
            assertEquals("300ms", rows.getString(1));
            assertEquals(6_000, connection.getNetworkTimeout(), "300 ms + 5 s, in the driver's whole seconds");
        }
    }

    @Test
    void a_statement_waiting_past_the_statement_timeout_is_database_timeout() throws Exception {
        var settings = shortStatements(TestDatabase.fresh());
        try (var db = Persistence.connect(settings);
                Connection holder = direct(settings).getConnection()) {
            var contact = Contact.create(db.contacts().nextId(), aContact().build(), USER, T0);
            db.contacts().save(contact);
            holder.setAutoCommit(false);
            holder.createStatement()
                    .execute("SELECT * FROM contacts WHERE id = " + contact.id().value() + " FOR UPDATE");

            long started = System.nanoTime();
            var failure = assertThrows(
                    Unavailable.class,
                    () -> db.transactions().inTransaction(() -> db.contacts().lockById(contact.id())));
            var took = Duration.ofNanos(System.nanoTime() - started);

            assertEquals("database_timeout", failure.code());
            assertEquals(Duration.ofSeconds(5), failure.retryAfter());
            assertTrue(took.compareTo(SHORT) >= 0 && took.compareTo(SHORT.multipliedBy(10)) < 0, "took " + took);
            holder.rollback();
        }
    }

    /**
     * V13 adds a foreign key to {@code activity_log}, which needs a lock on it; another session
     * holds that lock for three times the statement timeout. The migration waits it out, as it
     * must: an index build on a large table takes minutes.
     */
    @Test
    void migrations_are_not_bound_by_the_statement_timeout() throws Exception {
        var settings = shortStatements(TestDatabase.empty());
        Flyway.configure()
                .dataSource(direct(settings))
                .locations("classpath:db/migration")
                .target("12")
                .load()
                .migrate();
        var holdFor = SHORT.multipliedBy(3);
        try (var db = Persistence.connect(settings);
                Connection holder = direct(settings).getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE activity_log IN ACCESS EXCLUSIVE MODE");
            var releaser = Thread.ofVirtual().start(() -> {
                LockWaits.awaitSessionWaitingForLock(db.dataSource());
                sleep(holdFor);
                rollbackQuietly(holder);
            });

            long started = System.nanoTime();
            db.migrate();
            var took = Duration.ofNanos(System.nanoTime() - started);

            releaser.join();
            assertTrue(took.compareTo(holdFor) >= 0, "the migration waited for the lock; took " + took);
            assertTrue(db.isReady());
        }
    }

    @Test
    void an_export_slower_than_the_statement_timeout_is_not_cut_off_because_each_fetch_is_timed_alone() {
        var settings = shortStatements(TestDatabase.fresh());
        try (var db = Persistence.connect(settings)) {
            var project = db.projects().nextId();
            db.projects()
                    .save(Project.create(project, aProject().named("Website").build(), USER, T0));
            try (var connection = direct(settings).getConnection();
                    var insert = connection.prepareStatement("""
                    INSERT INTO tenant_users (id, name) VALUES ('u-1001', 'Ödön');
                    INSERT INTO time_entries (user_id, project_id, started_at, ended_at, created_at, updated_at)
                    SELECT 'u-1001', ?, t, t + interval '5 minutes', now(), now()
                    FROM generate_series(timestamptz '2026-01-01T00:00:00Z',
                                         timestamptz '2026-01-01T00:00:00Z' + 2000 * interval '10 minutes',
                                         interval '10 minutes') AS t""")) {
                insert.setLong(1, project.value());
                insert.execute();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            var handed = new AtomicLong();
            long started = System.nanoTime();

            long count = db.timeEntries().forEachMatching(TimeEntryQuery.all(), entry -> {
                if (handed.incrementAndGet() % 1_000 == 1) {
                    sleep(SHORT.multipliedBy(2));
                }
            });

            assertEquals(2_001, count);
            assertTrue(
                    Duration.ofNanos(System.nanoTime() - started).compareTo(SHORT.multipliedBy(3)) > 0,
                    "the export as a whole ran longer than the statement timeout");
        }
    }

    private static DatabaseSettings shortStatements(DatabaseSettings settings) {
        return settings.withTimeouts(DatabaseSettings.DEFAULT_CONNECT_TIMEOUT, SHORT);
    }

    private static DataSource direct(DatabaseSettings settings) {
        var source = new PGSimpleDataSource();
        source.setURL(settings.jdbcUrl());
        source.setUser(settings.user());
        source.setPassword(settings.password());
        return source;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
