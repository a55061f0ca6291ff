package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Time entries over HTTP, end to end: timers, spans booked on tasks, lists with totals, the CSV
 * export, and who may touch whose time ({@code time_entries.manage}). Each test works with users
 * of its own, so entries of one test never overlap another's.
 */
class TimeEntriesEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String P = TestTokens.FQN_PREFIX;
    /** What a role that records its own time gets: every time entry permission but manage. */
    private static final String[] OWN_TIME = {
        P + "time_entries.list",
        P + "time_entries.create",
        P + "time_entries.update",
        P + "time_entries.delete",
        P + "time_entries.restore",
        P + "time_entries.export"
    };

    private static final AtomicInteger USERS = new AtomicInteger();
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    /** A new active user of the tenant, mirrored as identity would, named for the test's reader. */
    private static String user(String name) {
        String id = "u-te-" + name + "-" + USERS.incrementAndGet();
        crm.sql(c -> {
            try (var insert = c.prepareStatement("""
                    INSERT INTO tenant_users (id, name, email, is_active) VALUES (?, ?, ?, true)""")) {
                insert.setString(1, id);
                insert.setString(2, name);
                insert.setString(3, id + "@acme.test");
                return insert.executeUpdate();
            }
        });
        return id;
    }

    private static String token(String userId, FakePolicy... policies) {
        String token = "tok-" + userId + "-" + System.nanoTime();
        crm.identity.user(
                token,
                FakeUser.withId(userId)
                        .named(userId)
                        .email(userId + "@acme.test")
                        .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME));
        crm.identity.policies(token, FakePolicy.list(policies));
        return token;
    }

    private static String ownTime(String userId) {
        return token(userId, FakePolicy.allow(OWN_TIME));
    }

    private static String manager(String userId) {
        return token(userId, FakePolicy.allow(P + "time_entries.*"));
    }

    private static long project() {
        var result = crm.post("/api/projects", ADMIN, "{\"name\": \"Time " + System.nanoTime() + "\"}");
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data").path("id").asLong();
    }

    private static long task(long project) {
        var result = crm.post("/api/tasks", ADMIN, "{\"title\": \"Work\", \"project_id\": " + project + "}");
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data").path("id").asLong();
    }

    private static String span(String start, String end, String booking) {
        return "{\"started_at\": \"" + start + "\", \"ended_at\": \"" + end + "\", " + booking + "}";
    }

    private static JsonNode created(HttpResult result) {
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data");
    }

    private static void assertRefused(int status, String error, HttpResult result) {
        assertEquals(status, result.status(), result::toString);
        assertEquals(error, result.error(), result::toString);
    }

    private static List<Long> ids(JsonNode entries) {
        var ids = new ArrayList<Long>();
        entries.forEach(e -> ids.add(e.path("id").asLong()));
        return ids;
    }

    private static List<String> events(long entry) {
        return crm.sql(c -> {
            try (var query = c.prepareStatement("""
                    SELECT event FROM activity_log WHERE subject_type = 'time_entry' AND subject_id = ? ORDER BY id""")) {
                query.setString(1, Long.toString(entry));
                try (var rows = query.executeQuery()) {
                    var events = new ArrayList<String>();
                    while (rows.next()) {
                        events.add(rows.getString(1));
                    }
                    return events;
                }
            }
        });
    }

    @Test
    void a_user_starts_one_timer_stops_it_once_and_every_step_is_audited() {
        String anna = ownTime(user("anna"));
        long project = project();

        var started =
                crm.post("/api/time-entries/start", anna, "{\"project_id\": " + project + ", \"note\": \"Calls\"}");
        var timer = created(started);
        long id = timer.path("id").asLong();
        assertEquals(crm.uri("/api/time-entries/" + id).toString(), started.header("Location"));
        assertTrue(timer.path("ended_at").isNull(), timer::toString);
        assertTrue(timer.path("duration_minutes").isNull(), timer::toString);
        assertRefused(
                422,
                "timer_already_running",
                crm.post("/api/time-entries/start", anna, "{\"project_id\": " + project + "}"));

        var stopped = crm.post("/api/time-entries/" + id + "/stop", anna, "");
        assertEquals(200, stopped.status(), stopped::toString);
        assertTrue(stopped.json().path("data").hasNonNull("ended_at"), stopped::toString);
        assertRefused(422, "timer_not_running", crm.post("/api/time-entries/" + id + "/stop", anna, ""));

        assertEquals(
                200,
                crm.patch("/api/time-entries/" + id, anna, "{\"note\": \"Sales calls\"}")
                        .status());
        assertEquals(204, crm.delete("/api/time-entries/" + id, anna).status());
        assertRefused(404, "not_found", crm.get("/api/time-entries/" + id, anna));
        var restored = crm.post("/api/time-entries/" + id + "/restore", anna, "");
        assertEquals(200, restored.status(), restored::toString);
        assertEquals("Sales calls", restored.json().path("data").path("note").asText());
        assertEquals(List.of("started", "stopped", "updated", "deleted", "restored"), events(id));
    }

    @Test
    void time_booked_on_a_task_goes_on_its_project_and_a_task_of_another_project_or_a_deleted_one_is_refused() {
        String anna = ownTime(user("anna"));
        long project = project();
        long other = project();
        long task = task(project);

        var entry = created(crm.post(
                "/api/time-entries",
                anna,
                span("2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z", "\"task_id\": " + task)));
        assertEquals(project, entry.path("project_id").asLong());
        assertEquals(task, entry.path("task_id").asLong());
        assertEquals(60, entry.path("duration_minutes").asInt());

        var mismatch = crm.post(
                "/api/time-entries",
                anna,
                span(
                        "2026-03-02T10:00:00Z",
                        "2026-03-02T11:00:00Z",
                        "\"task_id\": " + task + ", \"project_id\": " + other));
        assertRefused(422, "validation_failed", mismatch);
        assertEquals(
                "must be a task of project_id",
                mismatch.json().path("errors").path("task_id").get(0).asText());
        assertEquals(204, crm.delete("/api/tasks/" + task, ADMIN).status());
        var deleted = crm.post("/api/time-entries/start", anna, "{\"task_id\": " + task + "}");
        assertRefused(422, "validation_failed", deleted);
        assertEquals(
                "must be a live task",
                deleted.json().path("errors").path("task_id").get(0).asText());

        var moved = crm.patch(
                "/api/time-entries/" + entry.path("id").asLong(),
                anna,
                "{\"task_id\": null, \"project_id\": " + other + "}");
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(other, moved.json().path("data").path("project_id").asLong());
        assertTrue(moved.json().path("data").path("task_id").isNull(), moved::toString);
    }

    @Test
    void the_list_is_newest_first_with_minutes_per_utc_day_and_project_over_all_pages() {
        String anna = ownTime(user("anna"));
        long website = project();
        long shop = project();
        crm.post(
                "/api/time-entries",
                anna,
                span("2026-04-01T23:30:00Z", "2026-04-02T00:30:00Z", "\"project_id\": " + website));
        crm.post(
                "/api/time-entries",
                anna,
                span("2026-04-02T09:00:00Z", "2026-04-02T09:45:30Z", "\"project_id\": " + shop));
        long newest = created(crm.post(
                        "/api/time-entries",
                        anna,
                        span("2026-04-02T10:00:00Z", "2026-04-02T12:00:00Z", "\"project_id\": " + website)))
                .path("id")
                .asLong();
        crm.post(
                "/api/time-entries",
                anna,
                span("2026-03-31T10:00:00Z", "2026-03-31T11:00:00Z", "\"project_id\": " + shop));

        var page = crm.get("/api/time-entries?from=2026-04-01&to=2026-04-02&per_page=2", anna);

        assertEquals(200, page.status(), page::toString);
        assertEquals(newest, ids(page.json().path("data")).getFirst());
        var meta = page.json().path("meta");
        assertEquals(3, meta.path("total").asInt(), meta::toString);
        assertEquals(2, meta.path("last_page").asInt(), meta::toString);
        var totals = meta.path("totals");
        assertEquals(225, totals.path("minutes").asInt(), totals::toString);
        assertEquals(
                Map.of("2026-04-01", 60, "2026-04-02", 165),
                Map.of(
                        "2026-04-01", totals.path("per_day").path("2026-04-01").asInt(),
                        "2026-04-02", totals.path("per_day").path("2026-04-02").asInt()));
        assertEquals(List.of("2026-04-01", "2026-04-02"), fieldNames(totals.path("per_day")), "days ascending");
        assertEquals(
                180, totals.path("per_project").path(Long.toString(website)).asInt(), totals::toString);
        assertEquals(45, totals.path("per_project").path(Long.toString(shop)).asInt(), totals::toString);
        assertRefused(422, "validation_failed", crm.get("/api/time-entries?from=last+week", anna));
    }

    @Test
    void without_manage_a_user_sees_and_touches_only_their_own_time_and_others_entries_are_not_found() {
        String bence = user("bence");
        String annaId = user("anna");
        String anna = ownTime(annaId);
        long project = project();
        long bences = created(crm.post(
                        "/api/time-entries",
                        ownTime(bence),
                        span("2026-05-04T09:00:00Z", "2026-05-04T10:00:00Z", "\"project_id\": " + project)))
                .path("id")
                .asLong();
        long annas = created(crm.post(
                        "/api/time-entries",
                        anna,
                        span("2026-05-04T09:00:00Z", "2026-05-04T10:00:00Z", "\"project_id\": " + project)))
                .path("id")
                .asLong();

        String item = "/api/time-entries/" + bences;
        assertRefused(404, "not_found", crm.get(item, anna));
        assertRefused(404, "not_found", crm.patch(item, anna, "{\"note\": \"mine now\"}"));
        assertRefused(
                404,
                "not_found",
                crm.put(
                        item,
                        anna,
                        span("2026-05-04T09:00:00Z", "2026-05-04T09:30:00Z", "\"project_id\": " + project)));
        assertRefused(404, "not_found", crm.post(item + "/stop", anna, ""));
        assertRefused(404, "not_found", crm.delete(item, anna));
        assertRefused(404, "not_found", crm.post(item + "/restore", anna, ""));
        assertRefused(403, "permission_denied", crm.get("/api/time-entries?user_id=" + bence, anna));
        assertRefused(
                403,
                "permission_denied",
                crm.get("/api/time-entries/export?from=2026-05-01&to=2026-05-31&user_id=" + bence, anna));
        assertRefused(
                403,
                "permission_denied",
                crm.post(
                        "/api/time-entries",
                        anna,
                        "{\"user_id\": \"" + bence + "\", "
                                + span("2026-05-05T09:00:00Z", "2026-05-05T10:00:00Z", "\"project_id\": " + project)
                                        .substring(1)));
        assertRefused(
                403,
                "permission_denied",
                crm.post(
                        "/api/time-entries/start",
                        anna,
                        "{\"user_id\": \"" + bence + "\", \"project_id\": " + project + "}"));

        assertEquals(
                List.of(annas),
                ids(crm.get("/api/time-entries?from=2026-05-04&to=2026-05-04", anna)
                        .json()
                        .path("data")),
                "own entries by default");
        assertEquals(
                List.of(annas),
                ids(crm.get("/api/time-entries?from=2026-05-04&to=2026-05-04&user_id=" + annaId, anna)
                        .json()
                        .path("data")));
        assertEquals(
                60,
                crm.get(item, ADMIN)
                        .json()
                        .path("data")
                        .path("duration_minutes")
                        .asInt(),
                "untouched");
    }

    @Test
    void with_manage_a_user_lists_everybodys_time_and_records_and_changes_anothers() {
        String bence = user("bence");
        String boss = manager(user("boss"));
        long project = project();

        var forBence = created(crm.post(
                "/api/time-entries",
                boss,
                "{\"user_id\": \"" + bence + "\", "
                        + span("2026-06-01T09:00:00Z", "2026-06-01T10:00:00Z", "\"project_id\": " + project)
                                .substring(1)));
        assertEquals(bence, forBence.path("user_id").asText());
        long id = forBence.path("id").asLong();
        assertEquals(
                200,
                crm.patch("/api/time-entries/" + id, boss, "{\"billable\": true}")
                        .status());
        var timer = created(crm.post(
                "/api/time-entries/start", boss, "{\"user_id\": \"" + bence + "\", \"project_id\": " + project + "}"));
        assertEquals(
                200,
                crm.post("/api/time-entries/" + timer.path("id").asLong() + "/stop", boss, "")
                        .status());

        var everybody = crm.get("/api/time-entries?project_id=" + project + "&from=2026-06-01&to=2026-06-01", boss);
        assertEquals(List.of(id), ids(everybody.json().path("data")), everybody::toString);
        assertEquals(
                List.of(id),
                ids(crm.get("/api/time-entries?user_id=" + bence + "&from=2026-06-01&to=2026-06-01", boss)
                        .json()
                        .path("data")));
        assertTrue(crm.get("/api/time-entries/" + id, boss)
                .json()
                .path("data")
                .path("billable")
                .asBoolean());
    }

    @Test
    void manage_granted_on_one_project_reaches_other_users_entries_there_only() {
        String bence = ownTime(user("bence"));
        long shared = project();
        long private_ = project();
        String lead = token(
                user("lead"),
                FakePolicy.allow(OWN_TIME),
                FakePolicy.allow(P + "time_entries.manage").when("NumericEquals", "resource.project_id", shared));
        long onShared = created(crm.post(
                        "/api/time-entries",
                        bence,
                        span("2026-07-01T09:00:00Z", "2026-07-01T10:00:00Z", "\"project_id\": " + shared)))
                .path("id")
                .asLong();
        long onPrivate = created(crm.post(
                        "/api/time-entries",
                        bence,
                        span("2026-07-01T10:00:00Z", "2026-07-01T11:00:00Z", "\"project_id\": " + private_)))
                .path("id")
                .asLong();

        assertEquals(200, crm.get("/api/time-entries/" + onShared, lead).status());
        assertRefused(404, "not_found", crm.get("/api/time-entries/" + onPrivate, lead));
        var projectList = crm.get("/api/time-entries?project_id=" + shared + "&from=2026-07-01&to=2026-07-01", lead);
        assertEquals(List.of(onShared), ids(projectList.json().path("data")), projectList::toString);
        assertEquals(
                List.of(),
                ids(crm.get("/api/time-entries?from=2026-07-01&to=2026-07-01", lead)
                        .json()
                        .path("data")),
                "without the project filter, manage does not hold for every entry: the lead's own list");
    }

    @Test
    void overlapping_entries_sent_at_once_are_one_created_and_the_rest_time_entry_overlap() throws Exception {
        String anna = ownTime(user("anna"));
        long project = project();
        int requests = 6;
        var ready = new CountDownLatch(requests);
        var go = new CountDownLatch(1);
        var answers = new ArrayList<Future<HttpResult>>();
        try (var pool = Executors.newFixedThreadPool(requests)) {
            for (int i = 0; i < requests; i++) {
                String start = "2026-08-03T09:0" + i + ":00Z";
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return crm.post(
                            "/api/time-entries",
                            anna,
                            span(start, "2026-08-03T10:00:00Z", "\"project_id\": " + project));
                }));
            }
            ready.await();
            go.countDown();
        }
        var codes = new ArrayList<String>();
        for (var answer : answers) {
            var result = answer.get();
            codes.add(result.status() == 201 ? "created" : result.status() + " " + result.error());
        }

        assertEquals(1, codes.stream().filter("created"::equals).count(), codes::toString);
        assertEquals(
                requests - 1,
                codes.stream().filter("422 time_entry_overlap"::equals).count(),
                codes::toString);
    }

    @Test
    void the_csv_export_quotes_formula_cells_and_needs_its_own_permission() throws Exception {
        String annaId = user("anna");
        String anna = ownTime(annaId);
        long project = project();
        long formula = created(crm.post(
                        "/api/time-entries",
                        anna,
                        span(
                                "2026-09-01T09:00:00Z",
                                "2026-09-01T10:30:00Z",
                                "\"project_id\": " + project
                                        + ", \"note\": \"=HYPERLINK(\\\"http://evil.test\\\",\\\"open\\\")\", "
                                        + "\"billable\": true")))
                .path("id")
                .asLong();
        long plain = created(crm.post(
                        "/api/time-entries",
                        anna,
                        span(
                                "2026-09-02T09:00:00Z",
                                "2026-09-02T09:20:00Z",
                                "\"project_id\": " + project + ", \"note\": \"Review, part 2\"")))
                .path("id")
                .asLong();

        var export = crm.get("/api/time-entries/export?from=2026-09-01&to=2026-09-30&format=csv", anna);

        assertEquals(200, export.status(), export::toString);
        assertEquals("text/csv;charset=UTF-8", export.header("Content-Type").replace(" ", ""));
        assertEquals(
                "attachment; filename=\"time-entries-2026-09-01-2026-09-30.csv\"",
                export.header("Content-Disposition"));
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(export.body()))
                .getRecords();
        assertEquals(
                List.of(Long.toString(formula), Long.toString(plain)),
                rows.stream().map(r -> r.get("id")).toList(),
                "oldest first");
        assertEquals("'=HYPERLINK(\"http://evil.test\",\"open\")", rows.get(0).get("note"));
        assertEquals(
                List.of(
                        Long.toString(formula),
                        annaId,
                        Long.toString(project),
                        "",
                        "2026-09-01T09:00:00Z",
                        "2026-09-01T10:30:00Z",
                        "90",
                        "true"),
                rows.get(0).toList().subList(0, 8));
        assertEquals("Review, part 2", rows.get(1).get("note"));

        String recordsOnly = token(annaId, FakePolicy.allow(P + "time_entries.list", P + "time_entries.create"));
        assertRefused(
                403,
                "permission_denied",
                crm.get("/api/time-entries/export?from=2026-09-01&to=2026-09-30", recordsOnly));
        var missing = crm.get("/api/time-entries/export?format=csv", anna);
        assertRefused(422, "validation_failed", missing);
        assertTrue(
                missing.json().path("errors").has("from")
                        && missing.json().path("errors").has("to"),
                missing::toString);
    }

    @Test
    void a_manager_exports_everybodys_time_and_one_users_on_request() throws Exception {
        String anna = user("anna");
        String bence = user("bence");
        String boss = manager(user("boss"));
        long project = project();
        created(crm.post(
                "/api/time-entries",
                ownTime(anna),
                span("2026-10-05T09:00:00Z", "2026-10-05T10:00:00Z", "\"project_id\": " + project)));
        created(crm.post(
                "/api/time-entries",
                ownTime(bence),
                span("2026-10-05T09:30:00Z", "2026-10-05T10:00:00Z", "\"project_id\": " + project)));

        var all = crm.get("/api/time-entries/export?from=2026-10-05&to=2026-10-05&project_id=" + project, boss);
        var one = crm.get("/api/time-entries/export?from=2026-10-05&to=2026-10-05&user_id=" + bence, boss);

        assertEquals(List.of(anna, bence), usersOf(all));
        assertEquals(List.of(bence), usersOf(one));
    }

    private static List<String> usersOf(HttpResult csv) throws Exception {
        assertEquals(200, csv.status(), csv::toString);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))
                .getRecords()
                .stream()
                .map(r -> r.get("user_id"))
                .toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        var names = new ArrayList<String>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
