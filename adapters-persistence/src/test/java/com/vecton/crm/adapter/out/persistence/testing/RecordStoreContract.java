package com.vecton.crm.adapter.out.persistence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.KeepsHistory;
import com.vecton.crm.domain.lifecycle.RecordId;
import com.vecton.crm.domain.lifecycle.VersionedRecord;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract of every entity's store ({@link RecordStore}), on real Postgres: ids, a record read
 * back as it was saved, overwriting, "live" reads, soft delete and restore, versions (the entity's
 * kept, and raised by the schema for a writer that forgets), and the row lock the use cases rely on. A new entity's store test extends it and says how to make, change, delete
 * and restore one of its records; everything it inherits then runs against that store.
 *
 * @param <I> the entity's id
 * @param <E> the entity
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RecordStoreContract<I extends RecordId, E extends VersionedRecord> {
    /** When contract records are created; changes come later by whole hours. */
    protected static final Instant T0 = Instant.parse("2026-11-20T10:00:00.123456Z");
    /** Who creates contract records (a row of {@code tenant_users}, made for every test). */
    protected static final UserId CREATOR = new UserId("u-contract");

    private Persistence db;
    private RecordStore<I, E> store;

    /** The store under test, on {@code db}. */
    protected abstract RecordStore<I, E> storeOn(Persistence db);

    /** A valid record with this fresh id, created at {@link #T0} by {@link #CREATOR}, not stored yet. */
    protected abstract E newRecord(I id);

    /** The record with some of its own fields changed, at {@code now}. */
    protected abstract E changed(E record, Instant now);

    /**
     * Whether a stored record is ever saved again changed. A store whose records are never changed
     * once made (media items: no update, so no version trigger) overrides it to {@code false}, and
     * the tests of overwriting and of versions are skipped for it; its {@link #changed} is then never called.
     */
    protected boolean changesRecords() {
        return true;
    }

    /** The record's id ({@code Contact::id}). */
    protected abstract I idOf(E record);

    /** What a record is, for comparing two reads of one (entities compare by identity). */
    protected abstract Object stateOf(E record);

    /** The record soft-deleted at {@code now}; a store whose records are deleted for good does not override it. */
    protected Optional<E> deleted(E record, Instant now) {
        return Optional.empty();
    }

    /** The deleted record brought back at {@code now}. */
    protected E restored(E record, Instant now) {
        throw new UnsupportedOperationException("records of this store are deleted for good");
    }

    /** The store's table, for the statements that change a row behind the store's back. */
    protected abstract String table();

    /** Rows the records refer to (a project, a user), made after each test's database is emptied. */
    protected void prepare(Persistence db) {}

    protected final Persistence db() {
        return db;
    }

    @BeforeAll
    final void connect() {
        db = Persistence.connect(TestDatabase.fresh());
        store = storeOn(db);
    }

    @AfterAll
    final void close() {
        db.close();
    }

    @BeforeEach
    final void emptyDatabase() {
        TestDatabase.clean(db.dataSource());
        try (var c = db.dataSource().getConnection();
                var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO tenant_users (id, name, email, is_active) VALUES ('" + CREATOR.value()
                    + "', 'Contract', 'contract@acme.test', true)");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        prepare(db);
    }

    private E stored() {
        var record = newRecord(store.nextId());
        store.save(record);
        return record;
    }

    @Test
    void ids_are_positive_and_never_handed_out_twice() {
        var first = store.nextId();
        var second = store.nextId();

        assertTrue(first.value() > 0);
        assertNotEquals(first, second);
        assertTrue(second.value() > first.value(), "from the table's own sequence");
    }

    @Test
    void a_saved_record_reads_back_as_it_was_saved_live_and_locked() {
        var record = stored();

        assertEquals(
                stateOf(record), store.findById(idOf(record)).map(this::stateOf).orElseThrow());
        assertEquals(
                stateOf(record),
                db.transactions()
                        .inTransaction(() ->
                                store.lockById(idOf(record)).map(this::stateOf).orElseThrow()));
    }

    @Test
    void saving_a_record_again_overwrites_it() {
        assumeTrue(changesRecords(), "records of this store are never changed");
        var record = stored();
        var changed = changed(record, T0.plus(Duration.ofHours(1)));

        store.save(changed);

        var read = store.findById(idOf(record)).orElseThrow();
        assertEquals(stateOf(changed), stateOf(read));
        assertNotEquals(stateOf(record), stateOf(read), "the change is a change");
    }

    @Test
    void a_record_is_stored_at_its_version_and_each_save_of_a_change_at_the_next() {
        assumeTrue(changesRecords(), "records of this store are never changed");
        var record = stored();
        assertEquals(1, record.version(), "a new record");
        assertEquals(1, store.findById(idOf(record)).orElseThrow().version());

        var changed = changed(record, T0.plus(Duration.ofHours(1)));
        store.save(changed);
        assertEquals(2, store.findById(idOf(record)).orElseThrow().version());
        var again = changed(changed, T0.plus(Duration.ofHours(2)));
        store.save(again);
        assertEquals(3, again.version());
        assertEquals(3, store.findById(idOf(record)).orElseThrow().version());
        assertEquals(3, versionInTable(idOf(record)));
    }

    @Test
    void an_update_that_changes_a_row_without_raising_its_version_gets_the_next_one_from_the_schema() {
        assumeTrue(changesRecords(), "records of this store are never changed");
        var id = idOf(stored());

        update("UPDATE " + table() + " SET updated_at = updated_at + interval '1 second' WHERE id = " + id.value());
        assertEquals(2, store.findById(id).orElseThrow().version(), "a writer that forgot the version");

        update("UPDATE " + table() + " SET version = 1, updated_at = updated_at + interval '1 second' WHERE id = "
                + id.value());
        assertEquals(3, versionInTable(id), "nor can a writer take a row back to an old version");

        update("UPDATE " + table() + " SET updated_at = updated_at WHERE id = " + id.value());
        assertEquals(3, versionInTable(id), "an update that changes nothing is no new version");

        update("UPDATE " + table() + " SET version = 9 WHERE id = " + id.value());
        assertEquals(9, versionInTable(id), "a writer that raises the version is left alone");
    }

    @Test
    void the_schema_refuses_a_version_below_one() {
        var id = idOf(stored());
        var refused = assertThrows(SQLException.class, () -> {
            try (var c = db.dataSource().getConnection();
                    var st = c.createStatement()) {
                c.setAutoCommit(false);
                try {
                    // Without triggers (as a replica applies rows), so that the trigger cannot raise it first.
                    st.execute("SET LOCAL session_replication_role = replica");
                    st.execute("UPDATE " + table() + " SET version = 0 WHERE id = " + id.value());
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        });
        assertTrue(refused.getMessage().contains(table() + "_version_positive"), refused::toString);
    }

    @Test
    void an_unknown_id_reads_as_nothing() {
        var never = store.nextId();

        assertEquals(Optional.empty(), store.findById(never));
        assertEquals(Optional.empty(), db.transactions().inTransaction(() -> store.lockById(never)));
    }

    @Test
    void a_deleted_record_is_gone_for_live_reads_can_still_be_locked_and_comes_back_restored() {
        var record = stored();
        var deleted = deleted(record, T0.plus(Duration.ofHours(1)));
        assumeTrue(deleted.isPresent(), "this store deletes for good");

        store.save(deleted.get());

        var id = idOf(record);
        assertEquals(Optional.empty(), store.findById(id), "a deleted record is not live");
        var locked = db.transactions().inTransaction(() -> store.lockById(id)).orElseThrow();
        assertTrue(((KeepsHistory) locked).isDeleted(), "a restore locks the deleted record");
        assertEquals(2, locked.version(), "a delete is a new version");
        var restored = restored(locked, T0.plus(Duration.ofHours(2)));
        store.save(restored);
        assertEquals(stateOf(restored), store.findById(id).map(this::stateOf).orElseThrow());
        assertFalse(((KeepsHistory) store.findById(id).orElseThrow()).isDeleted());
        assertEquals(3, store.findById(id).orElseThrow().version(), "and so is a restore");
    }

    @Test
    void a_locked_record_waits_for_the_transaction_that_holds_it() throws Exception {
        var id = idOf(stored());
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        try {
            var holder = CompletableFuture.runAsync(
                    () -> db.transactions().inTransaction(() -> {
                        store.lockById(id).orElseThrow();
                        held.countDown();
                        await(release);
                    }),
                    threads);
            assertTrue(held.await(10, TimeUnit.SECONDS));
            var waiter = CompletableFuture.supplyAsync(
                    () -> db.transactions()
                            .inTransaction(() -> store.lockById(id).isPresent()),
                    threads);

            LockWaits.awaitSessionWaitingForLock(db.dataSource());
            assertFalse(waiter.isDone(), "the second lock waits for the first transaction");
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            assertTrue(waiter.get(10, TimeUnit.SECONDS));
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    /** The version as the row holds it. */
    protected final long versionInTable(I id) {
        try (var c = db.dataSource().getConnection();
                var st = c.createStatement();
                var rows = st.executeQuery("SELECT version FROM " + table() + " WHERE id = " + id.value())) {
            assertTrue(rows.next(), "the row exists");
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql) {
        try (var c = db.dataSource().getConnection();
                var st = c.createStatement()) {
            st.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the lock");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
