package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contacts feed under concurrent writes, over real HTTP: what a client that syncs "since the
 * last change I saw" would lose with an {@code updated_at} cursor (a change stamped earlier that
 * commits later), the feed never loses. One deterministic case (a transaction held open by the
 * test) and one race (16 writers, a reader syncing all the while). On a database of its own.
 */
class ChangesFeedRaceEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final int WRITERS = 16;
    private static final Duration RUN = Duration.ofSeconds(20);
    private static final long SEED = Long.getLong("feed.seed", System.nanoTime());

    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        // 16 writers and the reader at once, and the test's own connection.
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of("DB_POOL_SIZE", "24"));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static long created(String json) {
        var result = crm.post("/api/contacts", ADMIN, json);
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data").path("id").asLong();
    }

    /**
     * T1 stamps a contact and stays open; T2 changes another contact and commits. The feed serves
     * neither while T1 runs (T2's stamp is above T1's, and T1 could still commit below it), then
     * both, T1's first. A client syncing by {@code updated_at} would have read T2 and moved past
     * T1's earlier stamp before T1 committed: that is the change it loses.
     */
    @Test
    void a_change_that_commits_late_is_served_only_after_it_commits_and_never_skipped() throws Exception {
        long early = created("{\"first_name\": \"Korai\"}");
        long late = created("{\"first_name\": \"Késő\"}");
        var feed = new ChangesFeed(crm, "/api/contacts/changes", ADMIN);
        String base = feed.syncUntil(null, seen -> seen.containsKey(early) && seen.containsKey(late))
                .cursor();

        long t1Xid;
        try (Connection t1 = crm.dataSource().getConnection()) {
            t1.setAutoCommit(false);
            try (var update =
                    t1.prepareStatement("UPDATE contacts SET notes = 'T1', updated_at = now() WHERE id = ?")) {
                update.setLong(1, early);
                assertEquals(1, update.executeUpdate());
            }
            try (var xid = t1.createStatement();
                    var row = xid.executeQuery("SELECT CAST(pg_current_xact_id() AS text)")) {
                row.next();
                t1Xid = Long.parseLong(row.getString(1));
            }

            var t2 = crm.patch("/api/contacts/" + late, ADMIN, "{\"notes\": \"T2\"}");
            assertEquals(200, t2.status(), t2::toString);

            // T2 has committed; for a second, with T1 open, the feed holds both back.
            String at = base;
            long until = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            int reads = 0;
            while (System.nanoTime() < until || reads < 5) {
                for (var page : feed.drain(at, null)) {
                    assertFalse(page.ids().contains(late), () -> "T2 served while T1 may still commit: " + page);
                    assertFalse(page.ids().contains(early), () -> "T1 served before it committed: " + page);
                    at = page.next();
                }
                assertTrue(
                        ChangesFeed.xidOf(at) <= t1Xid,
                        "the cursor stays below the open transaction " + t1Xid + ": " + ChangesFeed.xidOf(at));
                reads++;
                ChangesFeed.pause(Duration.ofMillis(100));
            }
            t1.commit();
        }

        var synced = feed.syncUntil(base, seen -> seen.containsKey(early) && seen.containsKey(late));
        assertEquals("T1", synced.latest().get(early).path("notes").asText());
        assertEquals("T2", synced.latest().get(late).path("notes").asText());
        var order = new ArrayList<Long>();
        feed.drain(base, 1).forEach(page -> order.addAll(page.ids()));
        assertTrue(order.indexOf(early) < order.indexOf(late), () -> "T1 then T2, by transaction: " + order);
        Instant earlyStamp =
                Instant.parse(synced.latest().get(early).path("updated_at").asText());
        Instant lateStamp =
                Instant.parse(synced.latest().get(late).path("updated_at").asText());
        assertTrue(
                earlyStamp.isBefore(lateStamp),
                "T1's updated_at is the earlier one, so an updated_at cursor at T2's would have skipped T1");
    }

    /** What one writer did, and the answers that were not the expected ones. */
    private static final class Writer implements Runnable {
        private final Random random;
        private final long deadline;
        private final ConcurrentLinkedQueue<String> failures;
        private final List<Long> live = new ArrayList<>();
        private final List<Long> deleted = new ArrayList<>();
        final Map<String, Integer> done = new TreeMap<>();

        Writer(long seed, long deadline, ConcurrentLinkedQueue<String> failures) {
            this.random = new Random(seed);
            this.deadline = deadline;
            this.failures = failures;
        }

        @Override
        public void run() {
            try {
                while (System.nanoTime() < deadline) {
                    double roll = random.nextDouble();
                    if (live.isEmpty() || roll < 0.35) {
                        var result = crm.post(
                                "/api/contacts",
                                ADMIN,
                                "{\"first_name\": \"Író\", \"last_name\": \"" + random.nextInt(1_000_000) + "\"}");
                        if (expect(201, "create", result)) {
                            live.add(result.json().path("data").path("id").asLong());
                        }
                    } else if (roll < 0.65) {
                        long id = live.get(random.nextInt(live.size()));
                        expect(
                                200,
                                "update",
                                crm.patch(
                                        "/api/contacts/" + id,
                                        ADMIN,
                                        "{\"notes\": \"" + random.nextLong() + "\", \"job_title\": \""
                                                + random.nextInt(100) + "\"}"));
                    } else if (roll < 0.85 || deleted.isEmpty()) {
                        long id = live.remove(random.nextInt(live.size()));
                        if (expect(204, "delete", crm.delete("/api/contacts/" + id, ADMIN))) {
                            deleted.add(id);
                        }
                    } else {
                        long id = deleted.remove(random.nextInt(deleted.size()));
                        if (expect(200, "restore", crm.post("/api/contacts/" + id + "/restore", ADMIN, ""))) {
                            live.add(id);
                        }
                    }
                }
            } catch (RuntimeException e) {
                failures.add("writer stopped: " + e);
            }
        }

        private boolean expect(int status, String what, HttpResult result) {
            done.merge(what, 1, Integer::sum);
            if (result.status() != status) {
                failures.add(what + ": " + result);
                return false;
            }
            return true;
        }
    }

    /**
     * Keeps a copy of the contacts from the feed: a live entry replaces the copy, a tombstone
     * removes it. Checks that no version of a record comes twice in one page: a live entry's
     * {@code (id, version)}, a tombstone's {@code (id, deleted_at)}.
     */
    private static final class Reader implements Runnable {
        private final ChangesFeed feed = new ChangesFeed(crm, "/api/contacts/changes", ADMIN);
        private final AtomicBoolean writersStopped = new AtomicBoolean();
        private final AtomicLong lastWrite = new AtomicLong(Long.MAX_VALUE);
        private final ConcurrentLinkedQueue<String> failures;
        final Map<Long, JsonNode> copy = new HashMap<>();
        final Map<String, Integer> versionsSeen = new HashMap<>();
        final Map<Long, Long> newestVersion = new HashMap<>();
        long pages;
        long changes;
        long tombstones;
        long pagesAfterWriters;
        String cursor;

        Reader(ConcurrentLinkedQueue<String> failures) {
            this.failures = failures;
        }

        /** From now on the reader may stop once its cursor is past {@code xid}, the last write's transaction or later. */
        void writersStoppedAt(long xid) {
            lastWrite.set(xid);
            writersStopped.set(true);
        }

        @Override
        public void run() {
            long deadline = Long.MAX_VALUE;
            try {
                while (true) {
                    var page = feed.page(cursor, 50);
                    pages++;
                    var inPage = new HashSet<String>();
                    for (JsonNode entry : page.data()) {
                        long id = entry.path("id").asLong();
                        boolean tombstone = ChangesFeed.isTombstone(entry);
                        String version = id + "@"
                                + (tombstone
                                        ? "deleted " + entry.path("deleted_at").asText()
                                        : "version " + entry.path("version").asLong());
                        if (!inPage.add(version)) {
                            failures.add("version " + version + " twice in one page");
                        }
                        versionsSeen.merge(version, 1, Integer::sum);
                        if (!tombstone) {
                            // Versions only go up, deletes and restores included: an older one after
                            // a newer would be a change served out of order.
                            long at = entry.path("version").asLong();
                            Long before = newestVersion.put(id, at);
                            if (before != null && before > at) {
                                failures.add("contact " + id + " at version " + at + " after version " + before);
                            }
                        }
                        changes++;
                        if (tombstone) {
                            tombstones++;
                            copy.remove(id);
                        } else {
                            copy.put(id, entry);
                        }
                    }
                    cursor = page.next();
                    if (writersStopped.get()) {
                        pagesAfterWriters++;
                        if (deadline == Long.MAX_VALUE) {
                            deadline = System.nanoTime() + ChangesFeed.PATIENCE.toNanos();
                        }
                        if (!page.hasMore() && ChangesFeed.xidOf(cursor) > lastWrite.get()) {
                            return;
                        }
                        if (System.nanoTime() > deadline) {
                            failures.add("the reader did not catch up with the last write");
                            return;
                        }
                    }
                    if (!page.hasMore()) {
                        ChangesFeed.pause(Duration.ofMillis(10));
                    }
                }
            } catch (RuntimeException | AssertionError e) {
                failures.add("reader stopped: " + e);
            }
        }
    }

    @Test
    void sixteen_writers_and_a_syncing_reader_end_with_the_reader_holding_exactly_the_database() throws Exception {
        var failures = new ConcurrentLinkedQueue<String>();
        long deadline = System.nanoTime() + RUN.toNanos();
        var writers = new ArrayList<Writer>();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < WRITERS; i++) {
            var writer = new Writer(SEED + i, deadline, failures);
            writers.add(writer);
            threads.add(Thread.ofPlatform().name("feed-writer-" + i).start(writer));
        }
        var reader = new Reader(failures);
        var readerThread = Thread.ofPlatform().name("feed-reader").start(reader);
        for (Thread thread : threads) {
            thread.join(RUN.plusSeconds(60).toMillis());
            assertFalse(thread.isAlive(), thread.getName() + " did not stop");
        }
        // A transaction begun now has an id above every writer's: once the reader's cursor is past
        // it, every write has been served, and the feed is quiet.
        long afterEveryWrite = crm.sql(c -> {
            try (var st = c.createStatement();
                    var row = st.executeQuery("SELECT CAST(pg_current_xact_id() AS text)")) {
                row.next();
                return Long.parseLong(row.getString(1));
            }
        });
        reader.writersStoppedAt(afterEveryWrite);
        readerThread.join(ChangesFeed.PATIENCE.plusSeconds(120).toMillis());
        assertFalse(readerThread.isAlive(), "the reader did not finish");
        assertTrue(failures.isEmpty(), () -> "seed " + SEED + ": " + failures.size() + " failures: " + failures);
        var quiet = reader.feed.page(reader.cursor, null);
        assertEquals(List.of(), quiet.data(), "the feed is quiet");

        var database = liveContacts();
        Set<Long> stored = crm.sql(c -> {
            var ids = new HashSet<Long>();
            try (var st = c.createStatement();
                    var rows = st.executeQuery("SELECT id FROM contacts WHERE deleted_at IS NULL")) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
        assertEquals(stored, database.keySet(), "the list shows every live contact");
        var missing = new HashSet<>(database.keySet());
        missing.removeAll(reader.copy.keySet());
        var resurrected = new HashSet<>(reader.copy.keySet());
        resurrected.removeAll(database.keySet());
        assertEquals(Set.of(), missing, "live contacts the reader never got");
        assertEquals(Set.of(), resurrected, "deleted contacts the reader still holds");
        database.forEach((id, json) -> assertEquals(json, reader.copy.get(id), "contact " + id));

        var writes = new TreeMap<String, Integer>();
        writers.forEach(w -> w.done.forEach((what, n) -> writes.merge(what, n, Integer::sum)));
        long repeated = reader.versionsSeen.values().stream().filter(n -> n > 1).count();
        System.out.printf(
                "changes feed race (seed %d): writes %s in %s; reader: %d pages, %d changes (%d tombstones),"
                        + " %d versions seen more than once across pages, %d pages after the writers stopped;"
                        + " %d live contacts%n",
                SEED,
                writes,
                RUN,
                reader.pages,
                reader.changes,
                reader.tombstones,
                repeated,
                reader.pagesAfterWriters,
                database.size());
    }

    /** Every live contact as the list shows it (its item route's JSON), page by page, with no writes going on. */
    private static Map<Long, JsonNode> liveContacts() {
        var all = new HashMap<Long, JsonNode>();
        for (int page = 1; ; page++) {
            var result = crm.get("/api/contacts?per_page=100&sort=created_at&page=" + page, ADMIN);
            assertEquals(200, result.status(), result::toString);
            var data = result.json().path("data");
            data.forEach(contact -> all.put(contact.path("id").asLong(), contact));
            if (data.size() < 100) {
                return all;
            }
        }
    }
}
