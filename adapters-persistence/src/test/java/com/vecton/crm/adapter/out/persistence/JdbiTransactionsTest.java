package com.vecton.crm.adapter.out.persistence;

import static com.vecton.crm.domain.testing.CompanyDetailsBuilder.aCompany;
import static com.vecton.crm.domain.testing.ContactDetailsBuilder.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.Transactions;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.PageRequest;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiTransactionsTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final UserId USER = new UserId("u-1001");

    private static Persistence db;
    private Transactions transactions;

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
        transactions = db.transactions();
    }

    @Test
    void the_work_returns_its_value() {
        assertEquals("done", transactions.inTransaction(() -> "done"));
    }

    @Test
    void a_change_and_its_audit_row_commit_together() {
        transactions.inTransaction(() -> {
            var contact = createContact();
            audit(contact);
        });

        assertEquals(1, rows("contacts"));
        assertEquals(1, rows("activity_log"));
    }

    @Test
    void an_exception_rolls_everything_back_and_propagates_unchanged() {
        var boom = new IllegalStateException("boom");

        var thrown = assertThrows(
                IllegalStateException.class,
                () -> transactions.inTransaction(() -> {
                    var company =
                            Company.create(db.companies().nextId(), aCompany().build(), USER, T0);
                    db.companies().save(company);
                    audit(createContact());
                    throw boom;
                }));

        assertSame(boom, thrown);
        assertEquals(0, rows("companies"));
        assertEquals(0, rows("contacts"));
        assertEquals(0, rows("activity_log"));
    }

    @Test
    void a_nested_transaction_joins_the_outer_one() {
        var boom = new IllegalArgumentException("outer fails after inner finished");

        var thrown = assertThrows(
                IllegalArgumentException.class,
                () -> transactions.inTransaction(() -> {
                    transactions.inTransaction(this::createContact);
                    assertEquals(1, rowsSeenInside(), "the outer transaction sees the inner one's work");
                    throw boom;
                }));

        assertSame(boom, thrown);
        assertEquals(0, rows("contacts"), "the inner work was rolled back with the outer transaction");
    }

    @Test
    void work_in_progress_is_invisible_to_other_connections_until_commit() {
        transactions.inTransaction(() -> {
            createContact();
            assertEquals(1, rowsSeenInside());
            assertEquals(0, rows("contacts"), "another connection must not see uncommitted work");
        });

        assertEquals(1, rows("contacts"));
    }

    @Test
    void outside_a_transaction_each_call_commits_at_once() {
        createContact();

        assertEquals(1, rows("contacts"));
    }

    @Test
    void every_connection_goes_back_to_the_pool() {
        for (int i = 0; i < 20; i++) {
            int round = i;
            try {
                transactions.inTransaction(() -> {
                    createContact();
                    if (round % 2 == 0) {
                        throw new IllegalStateException("round " + round);
                    }
                });
            } catch (IllegalStateException expected) {
                assertEquals("round " + round, expected.getMessage());
            }
        }

        assertEquals(
                0, ((HikariDataSource) db.dataSource()).getHikariPoolMXBean().getActiveConnections());
        assertEquals(10, rows("contacts"));
    }

    private Contact createContact() {
        var contact = Contact.create(db.contacts().nextId(), aContact().build(), USER, T0);
        db.contacts().save(contact);
        return contact;
    }

    private static void audit(Contact contact) {
        db.activityLog()
                .record(new ActivityEntry(
                        new Actor(USER, null),
                        "contact",
                        contact.id().toString(),
                        AuditEvent.CREATED,
                        Changes.created(contact.details().asFields()),
                        T0));
    }

    /** Counted through the repository, so inside a transaction it runs on the transaction's handle. */
    private static long rowsSeenInside() {
        var everyContact = new ContactQuery(Optional.empty(), Optional.empty(), ContactQuery.DEFAULT_SORT);
        return db.contacts().search(everyContact, new PageRequest(1, 10)).total();
    }

    /** Counted on a connection of its own, outside any transaction of the test. */
    private static long rows(String table) {
        try (var connection = db.dataSource().getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Two transactions lock two rows in opposite orders: Postgres aborts one as the deadlock
     * victim. Its work runs again and both changes commit; without the re-run one caller would
     * get the deadlock as an error. The first lock is the update's exclusive one: two share locks
     * first would let a transaction that got ahead finish before the other asked for its second
     * row, and then there is no deadlock (it happened on a busy machine).
     */
    @Test
    void a_deadlock_victim_is_run_again_and_both_transactions_commit() throws Exception {
        var jdbi = org.jdbi.v3.core.Jdbi.create(db.dataSource());
        jdbi.useHandle(h -> h.execute("INSERT INTO tenant_users (id, name) VALUES ('u-a', 'A'), ('u-b', 'B')"));
        var bothHoldTheirFirstLock = new java.util.concurrent.CyclicBarrier(2);
        var attempts = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.BiFunction<String, String, java.util.concurrent.Callable<String>> crossing =
                (first, second) -> () -> transactions.inTransaction(() -> {
                    boolean firstAttempt = attempts.incrementAndGet() <= 2;
                    renameRow(first, "locked " + first + " then " + second);
                    if (firstAttempt) {
                        try {
                            bothHoldTheirFirstLock.await(10, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    lockRow(second);
                    return first;
                });
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var one = pool.submit(crossing.apply("u-a", "u-b"));
            var other = pool.submit(crossing.apply("u-b", "u-a"));
            assertEquals("u-a", one.get(30, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals("u-b", other.get(30, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, attempts.get(), "the deadlock victim ran once more");
        assertEquals(
                Long.valueOf(2),
                jdbi.<Long, RuntimeException>withHandle(
                        h -> h.createQuery("SELECT count(*) FROM tenant_users WHERE name LIKE 'locked %'")
                                .mapTo(Long.class)
                                .one()));
    }

    @Test
    void a_transaction_that_keeps_losing_gives_up_as_503_transaction_conflict() {
        var attempts = new java.util.concurrent.atomic.AtomicInteger();
        var failure = assertThrows(
                com.vecton.crm.domain.problem.Unavailable.class,
                () -> transactions.inTransaction(() -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException(new SQLException("could not serialize access", "40001"));
                }));
        assertEquals("transaction_conflict", failure.code());
        assertEquals(JdbiTransactions.ATTEMPTS, attempts.get());
    }

    /**
     * The pool's timeout is an {@code SQLException} whose SQLState is that of the last failed
     * connection attempt, often none. Asking {@code Set.of(...)} whether it contains null threw a
     * NullPointerException, which the caller got as a 500 while the database was down.
     */
    @Test
    void a_failure_without_a_sql_state_is_not_run_again_and_leaves_unchanged() {
        var attempts = new java.util.concurrent.atomic.AtomicInteger();
        var noState = new IllegalStateException(new java.sql.SQLTransientConnectionException(
                "crm-db - Connection is not available, request timed out after 2000ms"));

        var thrown = assertThrows(
                RuntimeException.class,
                () -> new JdbiTransactions(org.jdbi.v3.core.Jdbi.create(db.dataSource())).inTransaction(() -> {
                    attempts.incrementAndGet();
                    throw noState;
                }));

        assertSame(noState, thrown);
        assertEquals(1, attempts.get());
    }

    @Test
    void a_nested_transaction_is_not_run_again_on_its_own() {
        var inner = new java.util.concurrent.atomic.AtomicInteger();
        assertThrows(
                com.vecton.crm.domain.problem.Unavailable.class,
                () -> transactions.inTransaction(() -> transactions.inTransaction(() -> {
                    inner.incrementAndGet();
                    throw new IllegalStateException(new SQLException("deadlock detected", "40P01"));
                })));
        assertEquals(JdbiTransactions.ATTEMPTS, inner.get(), "once per run of the outermost transaction");
    }

    /** {@code isActive} takes a share lock on the user's row until the transaction ends. */
    private static void lockRow(String id) {
        db.tenantUsers().isActive(new UserId(id));
    }

    private static void renameRow(String id, String name) {
        db.tenantUsers()
                .mirrorProfile(
                        new UserId(id),
                        new com.vecton.crm.application.port.out.TenantUsers.UserProfile(name, null, null, null));
    }
}
