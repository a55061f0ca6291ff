package com.vecton.crm.adapter.out.persistence.sync;

import static com.vecton.crm.domain.testing.TaskLabelDetailsBuilder.aLabel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.service.sync.ForgetOldTombstonesService;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.sync.Change;
import com.vecton.crm.domain.sync.ChangePosition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tombstones of records deleted for good (V16): the delete trigger writes one, the feed of
 * the type serves it to those who could see the record, and the job forgets old ones in batches
 * that replicas share without waiting on each other.
 */
class JdbiSyncTombstonesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static Persistence db;
    private static Jdbi sql;

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
    }

    private static TaskLabel label(String name, String creator) {
        var labels = db.taskLabels();
        var label = TaskLabel.create(labels.nextId(), aLabel().named(name).build(), new UserId(creator), NOW);
        labels.save(label);
        return label;
    }

    /** Tombstones with the given deletion times, as the trigger writes them. */
    private static void tombstones(String prefix, int count, Instant deletedAt) {
        sql.useHandle(h -> h.createUpdate("""
                        INSERT INTO sync_tombstones (record_type, record_id, created_by, deleted_at, changed_xid)
                        SELECT :type, g, 'u-1', :deletedAt, '1' FROM generate_series(1, :count) AS g""")
                .bind("type", prefix)
                .bind("deletedAt", deletedAt)
                .bind("count", count)
                .execute());
    }

    private static long count(String type) {
        return sql.withHandle(h -> h.createQuery("SELECT count(*) FROM sync_tombstones WHERE record_type = :type")
                .bind("type", type)
                .mapTo(Long.class)
                .one());
    }

    @Test
    void deleting_a_label_leaves_a_tombstone_with_its_creator_whatever_deletes_it() {
        var byStore = label("Sürgős", "u-1");
        var bySql = label("Titkos", "u-2");
        db.taskLabels().delete(byStore.id());
        sql.useHandle(h ->
                h.execute("DELETE FROM task_labels WHERE id = ?", bySql.id().value()));

        var rows = sql.withHandle(h -> h.createQuery("""
                        SELECT record_id, created_by FROM sync_tombstones
                        WHERE record_type = 'task_labels' ORDER BY record_id""")
                .map((r, c) -> Map.entry(r.getLong(1), r.getString(2)))
                .list());
        assertEquals(
                List.of(
                        Map.entry(byStore.id().value(), "u-1"),
                        Map.entry(bySql.id().value(), "u-2")),
                rows);
    }

    @Test
    void the_feed_serves_a_tombstone_only_to_those_who_could_see_the_label() throws InterruptedException {
        var mine = label("Enyém", "u-1");
        var others = label("Másé", "u-2");
        db.taskLabels().delete(mine.id());
        db.taskLabels().delete(others.id());
        var ownLabels = new Visibility(List.of(new Visibility.Grant(
                List.of(new Visibility.Filter(List.of(new Visibility.Test("created_by", false, List.of("u-1"))))),
                List.of())));
        // Another suite's open transaction on the same server holds the horizon back for a while.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (db.taskLabels()
                        .changesAfter(ChangePosition.START, Visibility.EVERYTHING, 10)
                        .changes()
                        .size()
                < 2) {
            assertTrue(System.nanoTime() < deadline, "both tombstones reach the feed");
            Thread.sleep(50);
        }

        var batch = db.taskLabels().changesAfter(ChangePosition.START, ownLabels, 10);

        assertEquals(1, batch.changes().size(), batch::toString);
        var tombstone = (Change.Deleted<TaskLabel>) batch.changes().getFirst();
        assertEquals(mine.id().value(), tombstone.id());
    }

    /** More old tombstones than one batch, and recent ones: every old one goes, every recent one stays. */
    @Test
    void tombstones_older_than_the_retention_are_forgotten_in_batches() {
        Instant cutoff = NOW.minus(ForgetOldTombstonesService.RETENTION);
        tombstones("old", 5_003, cutoff.minusSeconds(1));
        tombstones("recent", 3, cutoff);

        assertEquals(5_003, new ForgetOldTombstonesService(db.syncTombstones(), () -> NOW).forgetOldTombstones());

        assertEquals(0, count("old"));
        assertEquals(3, count("recent"));
        assertEquals(
                0,
                new ForgetOldTombstonesService(db.syncTombstones(), () -> NOW).forgetOldTombstones(),
                "nothing left to forget");
        assertEquals(Duration.ofDays(31), ForgetOldTombstonesService.RETENTION, "a cursor's 30 days and a day");
    }

    /** Two replicas at once: rows another one holds are skipped, not waited for. */
    @Test
    void a_purge_skips_the_tombstones_another_replica_is_deleting_instead_of_waiting() throws Exception {
        tombstones("old", 20, NOW.minus(Duration.ofDays(40)));
        try (var other = sql.open()) {
            other.begin();
            other.createQuery("""
                            SELECT record_id FROM sync_tombstones WHERE record_id <= 5 ORDER BY record_id FOR UPDATE""").mapTo(Long.class).list();

            int forgotten = CompletableFuture.supplyAsync(
                            () -> new ForgetOldTombstonesService(db.syncTombstones(), () -> NOW).forgetOldTombstones())
                    .get(10, TimeUnit.SECONDS);

            assertEquals(15, forgotten);
            other.rollback();
        }
        assertEquals(5, count("old"));
        assertTrue(
                new ForgetOldTombstonesService(db.syncTombstones(), () -> NOW).forgetOldTombstones() == 5,
                "the rest once the other replica let go");
    }
}
