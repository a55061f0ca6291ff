package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Versions, {@code ETag}, {@code If-None-Match} and {@code If-Match} over HTTP, for every entity of
 * the kit (contacts, companies, projects, tasks, task labels, time entries): every answer with an
 * item carries the tag of the version it shows, which the next read returns too; a read that names
 * the current tag is {@code 304}; a change on a stale tag is {@code 412} and changes nothing; and of
 * two clients that change one contact on the tag both read, exactly one wins.
 */
class ConditionalRequestsEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    /** Time entries of the admin must not overlap: each one gets an hour of its own. */
    private static final AtomicLong HOURS = new AtomicLong();

    private static final Instant DAY = Instant.parse("2026-06-01T00:00:00Z");
    private static CrmHarness crm;
    private static long project;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
        project = create("/api/projects", "{\"name\": \"Conditional\"}")
                .path("id")
                .asLong();
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    /** One entity's routes as this test drives them. */
    private record Subject(
            String type, String collection, String createBody, String patchBody, String putBody, boolean softDeletes) {
        String item(long id) {
            return collection + "/" + id;
        }
    }

    private static List<Subject> subjects() {
        long hour = HOURS.getAndAdd(1);
        String start = DAY.plus(Duration.ofHours(hour)).toString();
        String end =
                DAY.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(30)).toString();
        String label = "Label " + System.nanoTime();
        return List.of(
                new Subject(
                        "contact",
                        "/api/contacts",
                        "{\"first_name\": \"Ödön\"}",
                        "{\"last_name\": \"Árvai\"}",
                        "{\"first_name\": \"Ágota\"}",
                        true),
                new Subject(
                        "company",
                        "/api/companies",
                        "{\"name\": \"Acme\"}",
                        "{\"city\": \"Pécs\"}",
                        "{\"name\": \"Acme Kft.\"}",
                        true),
                new Subject(
                        "project",
                        "/api/projects",
                        "{\"name\": \"Launch\"}",
                        "{\"description\": \"Go\"}",
                        "{\"name\": \"Launch again\"}",
                        true),
                new Subject(
                        "task",
                        "/api/tasks",
                        "{\"title\": \"Spec\", \"project_id\": " + project + "}",
                        "{\"priority\": \"high\"}",
                        "{\"title\": \"Spec, again\", \"project_id\": " + project + "}",
                        true),
                new Subject(
                        "task_label",
                        "/api/task-labels",
                        "{\"name\": \"" + label + "\"}",
                        "{\"color\": \"#00FF00\"}",
                        "{\"name\": \"" + label + " renamed\"}",
                        false),
                new Subject(
                        "time_entry",
                        "/api/time-entries",
                        "{\"project_id\": " + project + ", \"started_at\": \"" + start + "\", \"ended_at\": \"" + end
                                + "\"}",
                        "{\"note\": \"Calls\"}",
                        "{\"project_id\": " + project + ", \"started_at\": \"" + start + "\", \"ended_at\": \"" + end
                                + "\", \"billable\": true}",
                        true));
    }

    private static JsonNode create(String collection, String body) {
        var created = crm.post(collection, ADMIN, body);
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data");
    }

    private static HttpResult send(String method, String path, String body, Map<String, String> headers) {
        var request = crm.request(path, ADMIN);
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return crm.send(request);
    }

    private static String tag(long version) {
        return "\"" + version + "\"";
    }

    /** A 2xx item answer: its ETag is its version's, and a GET right after answers the same. */
    private static String assertTagged(HttpResult answer, String path) {
        assertTrue(answer.status() / 100 == 2, answer::toString);
        String etag = answer.header("ETag");
        assertEquals(tag(answer.json().path("data").path("version").asLong()), etag, answer::toString);
        var read = crm.get(path, ADMIN);
        assertEquals(200, read.status(), read::toString);
        assertEquals(etag, read.header("ETag"), () -> "the tag " + path + " answered and the next read's: " + read);
        return etag;
    }

    private static long activityRows(String type, long id) {
        return crm.sql(c -> {
            try (var st =
                    c.prepareStatement("SELECT count(*) FROM activity_log WHERE subject_type = ? AND subject_id = ?")) {
                st.setString(1, type);
                st.setString(2, Long.toString(id));
                try (var rows = st.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    @Test
    void every_change_of_every_entity_answers_a_new_tag_that_the_next_read_answers_too() {
        for (Subject s : subjects()) {
            var created = crm.post(s.collection(), ADMIN, s.createBody());
            assertEquals(201, created.status(), created::toString);
            long id = created.json().path("data").path("id").asLong();
            String path = s.item(id);
            String tag = assertTagged(created, path);
            assertEquals(tag(1), tag, s.type() + ": a new record is at version 1");

            var seen = new ArrayList<String>(List.of(tag));
            // Each change is checked before the next is sent: the next read must answer its tag.
            for (String[] change : List.of(new String[] {"PATCH", s.patchBody()}, new String[] {"PUT", s.putBody()})) {
                var answer = send(change[0], path, change[1], Map.of());
                String next = assertTagged(answer, path);
                assertTrue(!seen.contains(next), () -> s.type() + ": a change answers a new tag, not one of " + seen);
                seen.add(next);
            }

            var unchanged = send("PUT", path, s.putBody(), Map.of());
            assertEquals(
                    seen.getLast(),
                    assertTagged(unchanged, path),
                    s.type() + ": a change of nothing is no new version");

            var deleted = crm.delete(path, ADMIN);
            assertEquals(204, deleted.status(), deleted::toString);
            if (s.softDeletes()) {
                var restored = crm.post(path + "/restore", ADMIN, "{}");
                String back = assertTagged(restored, path);
                assertEquals(
                        tag(seen.size() + 2L),
                        back,
                        s.type() + ": the delete and the restore are a version each, after " + seen);
            }
        }
    }

    @Test
    void moves_stops_and_the_changes_around_a_task_answer_new_tags() {
        long a = create("/api/tasks", "{\"title\": \"A\", \"project_id\": " + project + "}")
                .path("id")
                .asLong();
        long b = create("/api/tasks", "{\"title\": \"B\", \"project_id\": " + project + "}")
                .path("id")
                .asLong();
        String aBefore = crm.get("/api/tasks/" + a, ADMIN).header("ETag");
        String bBefore = crm.get("/api/tasks/" + b, ADMIN).header("ETag");

        var moved = crm.post("/api/tasks/" + b + "/move", ADMIN, "{\"status\": \"todo\", \"position\": 0}");
        String bMoved = assertTagged(moved, "/api/tasks/" + b);
        assertNotEquals(bBefore, bMoved);
        assertNotEquals(
                aBefore,
                crm.get("/api/tasks/" + a, ADMIN).header("ETag"),
                "A's position changed with B's move, so its JSON and its tag did");

        long label = create("/api/task-labels", "{\"name\": \"Gone " + System.nanoTime() + "\"}")
                .path("id")
                .asLong();
        String labelled = assertTagged(
                send("PATCH", "/api/tasks/" + a, "{\"label_ids\": [" + label + "]}", Map.of()), "/api/tasks/" + a);
        assertEquals(204, crm.delete("/api/task-labels/" + label, ADMIN).status());
        var unlabelled = crm.get("/api/tasks/" + a, ADMIN);
        assertEquals(0, unlabelled.json().path("data").path("label_ids").size(), unlabelled::toString);
        assertNotEquals(labelled, unlabelled.header("ETag"), "a deleted label leaves the task with another tag");

        var timer = crm.post("/api/time-entries/start", ADMIN, "{\"project_id\": " + project + "}");
        long entry = timer.json().path("data").path("id").asLong();
        String running = assertTagged(timer, "/api/time-entries/" + entry);
        String stopped =
                assertTagged(crm.post("/api/time-entries/" + entry + "/stop", ADMIN, ""), "/api/time-entries/" + entry);
        assertNotEquals(running, stopped);
    }

    @Test
    void a_read_naming_the_current_tag_is_304_without_a_body_and_one_naming_another_is_200() {
        for (Subject s : subjects()) {
            long id = create(s.collection(), s.createBody()).path("id").asLong();
            String path = s.item(id);
            String current = crm.get(path, ADMIN).header("ETag");

            for (String named : List.of(current, "W/" + current, "\"999\", " + current, "*")) {
                var notModified = send("GET", path, null, Map.of("If-None-Match", named, "X-Request-Id", "cond-1"));
                assertEquals(
                        304, notModified.status(), () -> s.type() + " If-None-Match: " + named + " -> " + notModified);
                assertEquals("", notModified.body());
                assertEquals(current, notModified.header("ETag"));
                assertEquals("cond-1", notModified.header("X-Request-Id"));
            }
            var head = send("HEAD", path, null, Map.of("If-None-Match", current));
            assertEquals(304, head.status(), head::toString);

            var stale = send("GET", path, null, Map.of("If-None-Match", "\"999\""));
            assertEquals(200, stale.status(), stale::toString);
            assertEquals(id, stale.json().path("data").path("id").asLong());
            assertEquals(current, stale.header("ETag"));
            var failed = send("GET", path, null, Map.of("If-Match", "\"999\""));
            assertEquals(412, failed.status(), () -> "a read whose If-Match does not hold: " + failed);
            assertEquals("precondition_failed", failed.error());
            assertEquals(current, failed.header("ETag"));
            assertEquals(
                    200, send("GET", path, null, Map.of("If-Match", current)).status());
            var malformed = send("GET", path, null, Map.of("If-None-Match", "1"));
            assertEquals(200, malformed.status(), "a malformed If-None-Match is ignored: " + malformed);
        }
    }

    @Test
    void a_change_on_a_stale_tag_is_412_with_the_current_tag_and_changes_nothing() {
        for (Subject s : subjects()) {
            long id = create(s.collection(), s.createBody()).path("id").asLong();
            String path = s.item(id);
            var changed = send("PATCH", path, s.patchBody(), Map.of());
            String current = assertTagged(changed, path);
            String stale = tag(1);

            var refusals = new ArrayList<HttpResult>(List.of(
                    send("PATCH", path, s.putBody(), Map.of("If-Match", stale)),
                    send("PUT", path, s.putBody(), Map.of("If-Match", stale)),
                    send("DELETE", path, null, Map.of("If-Match", stale)),
                    send("PATCH", path, s.putBody(), Map.of("If-Match", "W/" + current)),
                    send("PATCH", path, s.putBody(), Map.of("If-Match", "\"other\""))));
            if (s.softDeletes()) {
                refusals.add(send("POST", path + "/restore", "{}", Map.of("If-Match", stale)));
            }
            if (s.type().equals("task")) {
                refusals.add(send(
                        "POST", path + "/move", "{\"status\": \"done\", \"position\": 0}", Map.of("If-Match", stale)));
            }
            if (s.type().equals("time_entry")) {
                // The precondition comes before the timer's own rule (a stopped entry is 422 otherwise).
                refusals.add(send("POST", path + "/stop", "{}", Map.of("If-Match", stale)));
            }
            long audited = activityRows(s.type(), id);
            var before = crm.get(path, ADMIN);
            for (HttpResult refused : refusals) {
                assertEquals(412, refused.status(), () -> s.type() + ": " + refused);
                assertEquals("precondition_failed", refused.error());
                assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused::toString);
                assertEquals(current, refused.header("ETag"), "the 412 names the current tag");
                assertNotNull(refused.json().path("request_id").asText(null));
            }
            var after = crm.get(path, ADMIN);
            assertEquals(before.body(), after.body(), s.type() + ": nothing changed");
            assertEquals(current, after.header("ETag"));
            assertEquals(audited, activityRows(s.type(), id), s.type() + ": no audit row");

            if (s.softDeletes()) {
                // A restore on a stale tag is refused also when there is something to restore.
                assertEquals(
                        204,
                        send("DELETE", path, null, Map.of("If-Match", current)).status());
                var deleted = send("POST", path + "/restore", "{}", Map.of("If-Match", current));
                assertEquals(412, deleted.status(), deleted::toString);
                assertEquals(404, crm.get(path, ADMIN).status(), "still deleted");
            }
        }
    }

    @Test
    void a_change_on_the_current_tag_or_on_star_applies_and_one_on_a_missing_record_is_404() {
        for (Subject s : subjects()) {
            long id = create(s.collection(), s.createBody()).path("id").asLong();
            String path = s.item(id);
            String current = crm.get(path, ADMIN).header("ETag");

            var onCurrent = send("PATCH", path, s.patchBody(), Map.of("If-Match", "\"77\", " + current));
            assertEquals(200, onCurrent.status(), () -> s.type() + ": " + onCurrent);
            var onAny = send("PUT", path, s.putBody(), Map.of("If-Match", "*"));
            assertEquals(200, onAny.status(), () -> s.type() + ": " + onAny);
            assertNotEquals(current, assertTagged(onAny, path));
            assertEquals(
                    204, send("DELETE", path, null, Map.of("If-Match", "*")).status());
            if (s.softDeletes()) {
                assertEquals(
                        200,
                        send("POST", path + "/restore", "{}", Map.of("If-Match", "*"))
                                .status());
            }
            var missing = send("PATCH", s.item(999_999_999), s.patchBody(), Map.of("If-Match", "*"));
            assertEquals(404, missing.status(), "our 404 for an unknown id comes first: " + missing);
        }
    }

    @Test
    void a_malformed_if_match_is_400_and_changes_nothing() {
        long id =
                create("/api/contacts", "{\"first_name\": \"Ödön\"}").path("id").asLong();
        for (String malformed : List.of("1", "W/1", "w/\"1\"", "\"1", ",", "*, \"1\"", "\"1\" \"2\"")) {
            var refused = send("PATCH", "/api/contacts/" + id, "{\"last_name\": \"X\"}", Map.of("If-Match", malformed));
            assertEquals(400, refused.status(), () -> "If-Match: " + malformed + " -> " + refused);
            assertEquals("malformed_request", refused.error());
        }
        var read = crm.get("/api/contacts/" + id, ADMIN);
        assertEquals(tag(1), read.header("ETag"));
        assertTrue(read.json().path("data").path("last_name").isNull(), read::toString);
    }

    @Test
    void lists_carry_each_item_s_version() {
        long id = create("/api/contacts", "{\"first_name\": \"Listed\"}")
                .path("id")
                .asLong();
        send("PATCH", "/api/contacts/" + id, "{\"last_name\": \"Twice\"}", Map.of());
        var list = crm.get("/api/contacts?search=Listed", ADMIN);
        assertEquals(200, list.status(), list::toString);
        assertEquals(2, list.json().path("data").get(0).path("version").asLong(), list::toString);
        assertEquals(null, list.header("ETag"), "a list is no versioned item");
        for (Subject s : subjects()) {
            create(s.collection(), s.createBody());
            var page = crm.get(s.collection(), ADMIN);
            assertEquals(200, page.status(), page::toString);
            page.json()
                    .path("data")
                    .forEach(item -> assertTrue(item.path("version").asLong() >= 1, s::type));
        }
        var board = crm.get("/api/projects/" + project + "/board", ADMIN);
        board.json().path("data").path("columns").path("todo").forEach(task -> assertTrue(task.has("version")));
    }

    /**
     * The race of the issue, over real HTTP: two clients read one contact, then both send a change
     * on the tag they read, at once. In half the rounds the test holds the contact's row lock until
     * both changes wait for it, so that they surely overlap; in the others they run free. Either
     * way exactly one is applied (200) and the other refused (412), the record holds the winner's
     * change and the activity log one update.
     */
    @Test
    void of_two_clients_changing_one_contact_on_the_tag_both_read_exactly_one_wins() throws Exception {
        var threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                boolean holdTheLock = round % 2 == 0;
                long id = create("/api/contacts", "{\"first_name\": \"Race\"}")
                        .path("id")
                        .asLong();
                String path = "/api/contacts/" + id;
                String readByFirst = crm.get(path, ADMIN).header("ETag");
                String readBySecond = crm.get(path, ADMIN).header("ETag");

                var go = new CountDownLatch(1);
                var names = List.of("Anna", "Bence");
                var tags = List.of(readByFirst, readBySecond);
                var lock = holdTheLock ? RowLock.take(crm, id) : null;
                var answers = new ArrayList<CompletableFuture<HttpResult>>();
                for (int client = 0; client < 2; client++) {
                    String name = names.get(client);
                    String tag = tags.get(client);
                    answers.add(CompletableFuture.supplyAsync(
                            () -> {
                                await(go);
                                return send(
                                        "PATCH", path, "{\"last_name\": \"" + name + "\"}", Map.of("If-Match", tag));
                            },
                            threads));
                }
                go.countDown();
                if (lock != null) {
                    lock.releaseOnceWaitedForBy(2);
                }
                var first = answers.get(0).get(30, TimeUnit.SECONDS);
                var second = answers.get(1).get(30, TimeUnit.SECONDS);

                var statuses = List.of(first.status(), second.status());
                int round1 = round;
                assertTrue(
                        statuses.equals(List.of(200, 412)) || statuses.equals(List.of(412, 200)),
                        () -> "round " + round1 + ": " + first + " / " + second);
                String winner = first.status() == 200 ? names.get(0) : names.get(1);
                var stored = crm.get(path, ADMIN);
                assertEquals(
                        winner, stored.json().path("data").path("last_name").asText());
                var loser = first.status() == 412 ? first : second;
                assertEquals(stored.header("ETag"), loser.header("ETag"), "the 412 names the winner's version");
                long updates = crm.sql(c -> {
                    try (var st = c.prepareStatement("SELECT count(*) FROM activity_log WHERE subject_type = 'contact'"
                            + " AND subject_id = ? AND event = 'updated'")) {
                        st.setString(1, Long.toString(id));
                        try (var rows = st.executeQuery()) {
                            rows.next();
                            return rows.getLong(1);
                        }
                    }
                });
                assertEquals(1, updates, "round " + round + ": one audit row, the winner's");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the race never started");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A contact's row lock, held by the test in a transaction of its own until both changes wait for it. */
    private static final class RowLock {
        private final java.sql.Connection connection;

        private RowLock(java.sql.Connection connection) {
            this.connection = connection;
        }

        static RowLock take(CrmHarness crm, long contact) throws java.sql.SQLException {
            var connection = crm.dataSource().getConnection();
            connection.setAutoCommit(false);
            try (var st = connection.prepareStatement("SELECT id FROM contacts WHERE id = ? FOR UPDATE")) {
                st.setLong(1, contact);
                st.executeQuery().close();
            }
            return new RowLock(connection);
        }

        /** Waits (at most 20 s) until {@code sessions} other sessions wait for a lock, then commits. */
        void releaseOnceWaitedForBy(int sessions) throws Exception {
            try (connection;
                    var others = crm.dataSource().getConnection();
                    var st = others.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                            + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (true) {
                    try (var rows = st.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) >= sessions) {
                            break;
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("the two changes never both waited for the row lock");
                    }
                    Thread.sleep(5);
                }
                connection.commit();
            }
        }
    }
}
