package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.in.sla.DetectSlaBreachesUseCase;
import com.vecton.crm.bootstrap.TestWiring;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Business calendars, SLA policies, a task's SLA with its pauses, and the breach job: four
 * instances at once over 1,000 overdue tasks write exactly 1,000 breaches per target. A database of
 * its own: policies apply to every task of it.
 */
class SlaEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String ALWAYS_OPEN =
            "{\"monday\": [[\"00:00\", \"24:00\"]], \"tuesday\": [[\"00:00\", \"24:00\"]],"
                    + " \"wednesday\": [[\"00:00\", \"24:00\"]], \"thursday\": [[\"00:00\", \"24:00\"]], \"friday\": [[\"00:00\", \"24:00\"]],"
                    + " \"saturday\": [[\"00:00\", \"24:00\"]], \"sunday\": [[\"00:00\", \"24:00\"]]}";
    private static CrmHarness crm;
    private static long calendar;
    private static long project;

    @BeforeAll
    static void start() {
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of());
        calendar = created(crm.post(
                        "/api/business-calendars",
                        ADMIN,
                        "{\"name\": \"Always\", \"timezone\": \"Europe/Budapest\", \"hours\": " + ALWAYS_OPEN + "}"))
                .path("id")
                .asLong();
        project = created(crm.post("/api/projects", ADMIN, "{\"name\": \"Support\"}"))
                .path("id")
                .asLong();
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static JsonNode created(HttpResult result) {
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data");
    }

    private static void assertRefused(int status, String error, HttpResult result) {
        assertEquals(status, result.status(), result::toString);
        assertEquals(error, result.error(), result::toString);
    }

    private static long count(String sql) {
        return crm.sql(c -> {
            var rows = c.createStatement().executeQuery(sql);
            rows.next();
            return rows.getLong(1);
        });
    }

    private static long policy(String priority, int first, int resolution) {
        return created(crm.post(
                        "/api/sla/policies",
                        ADMIN,
                        "{\"name\": \"" + priority + " " + System.nanoTime()
                                + "\", \"calendar_id\": " + calendar + ", \"applies_to\": {\"priority\": [\"" + priority
                                + "\"]},"
                                + " \"first_response_minutes\": " + first + ", \"resolution_minutes\": " + resolution
                                + ", \"pause_statuses\": [\"review\"], \"warn_before_minutes\": 10}"))
                .path("id")
                .asLong();
    }

    @Test
    void calendars_and_policies_are_validated() {
        var bad = crm.post(
                "/api/business-calendars",
                ADMIN,
                "{\"name\": \"Bad\", \"timezone\": \"Mars/Olympus\", \"hours\": {\"monday\": [[\"09:00\", \"12:00\"], [\"11:00\", \"13:00\"]],"
                        + " \"someday\": [[\"09:00\", \"10:00\"]]}}");
        assertRefused(422, "validation_failed", bad);
        assertTrue(bad.json().path("errors").has("timezone"), bad::toString);
        assertTrue(bad.json().path("errors").has("hours"), bad::toString);
        assertRefused(
                422,
                "calendar_name_taken",
                crm.post(
                        "/api/business-calendars",
                        ADMIN,
                        "{\"name\": \"always\", \"timezone\": \"UTC\", \"hours\": " + ALWAYS_OPEN + "}"));
        // A NUL in a name is refused naming the field, as every other body's text is (found by the fuzz test).
        var nul = crm.post(
                "/api/sla/policies",
                ADMIN,
                "{\"name\": \"\\u0000x\", \"calendar_id\": 999999, \"resolution_minutes\": 5}");
        assertRefused(422, "validation_failed", nul);
        assertTrue(nul.json().path("errors").has("name"), nul::toString);
        var nulCalendar = crm.post(
                "/api/business-calendars",
                ADMIN,
                "{\"name\": \"x\\u0000\", \"timezone\": \"UTC\", \"hours\": " + ALWAYS_OPEN + "}");
        assertRefused(422, "validation_failed", nulCalendar);
        assertTrue(nulCalendar.json().path("errors").has("name"), nulCalendar::toString);
        // Each number out of range is refused under its own name.
        var negative = crm.post(
                "/api/sla/policies",
                ADMIN,
                "{\"name\": \"Negative\", \"calendar_id\": " + calendar
                        + ", \"resolution_minutes\": 5, \"warn_before_minutes\": -1, \"position\": -2}");
        assertRefused(422, "validation_failed", negative);
        assertTrue(negative.json().path("errors").has("warn_before_minutes"), negative::toString);
        assertTrue(negative.json().path("errors").has("position"), negative::toString);
        assertTrue(!negative.json().path("errors").has("resolution_minutes"), negative::toString);
        var noTarget = crm.post("/api/sla/policies", ADMIN, "{\"name\": \"None\", \"calendar_id\": " + calendar + "}");
        assertRefused(422, "validation_failed", noTarget);
        assertRefused(
                422,
                "validation_failed",
                crm.post(
                        "/api/sla/policies",
                        ADMIN,
                        "{\"name\": \"No calendar\", \"calendar_id\": 999999, \"resolution_minutes\": 5}"));
        var listed = crm.get("/api/business-calendars", ADMIN);
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(
                "00:00",
                listed.json()
                        .path("data")
                        .get(0)
                        .path("hours")
                        .path("sunday")
                        .get(0)
                        .get(0)
                        .asText());
    }

    /** A policy scoped by {@code appliesTo}; inactive, so that should one be taken it applies to no task of the others. */
    private static HttpResult postPolicy(String appliesTo) {
        return crm.post(
                "/api/sla/policies",
                ADMIN,
                "{\"name\": \"Scoped " + System.nanoTime() + "\", \"calendar_id\": " + calendar
                        + ", \"resolution_minutes\": 60, \"active\": false, \"applies_to\": " + appliesTo + "}");
    }

    private static HttpResult postCalendar(String hours) {
        return crm.post(
                "/api/business-calendars",
                ADMIN,
                "{\"name\": \"Hours " + System.nanoTime() + "\", \"timezone\": \"UTC\", \"hours\": " + hours + "}");
    }

    @Test
    void a_nul_or_an_unstorable_id_inside_applies_to_is_refused_under_its_name_from_the_top() {
        var refused = postPolicy("{\"priority\": [\"urgent\", \"hi\\u0000gh\"], \"label_id\": 100000000000000000000}");
        assertRefused(422, "validation_failed", refused);
        var errors = refused.json().path("errors");
        assertEquals(
                "must not contain a NUL character",
                errors.path("applies_to.priority").path(0).asText(),
                refused::toString);
        assertTrue(errors.has("applies_to.label_id"), refused::toString);
        assertTrue(!errors.has("label_id") && !errors.has("priority"), refused::toString);
    }

    @Test
    void applies_to_sent_as_a_string_is_400_malformed_request() {
        var refused = postPolicy("\"urgent\"");
        assertRefused(400, "malformed_request", refused);
        assertEquals(
                "The field applies_to must be an object or null.",
                refused.json().path("detail").asText(),
                refused::toString);
    }

    @Test
    void a_wrong_type_inside_applies_to_is_400_naming_the_field_from_the_top() {
        var refused = postPolicy("{\"project_id\": \"" + project + "\"}");
        assertRefused(400, "malformed_request", refused);
        assertEquals(
                "The field applies_to.project_id must be an integer or null.",
                refused.json().path("detail").asText(),
                refused::toString);
    }

    @Test
    void a_malformed_hours_pair_or_one_holding_a_nul_is_refused_under_its_index() {
        var refused = postCalendar(
                "{\"monday\": [[9, 17], [\"09:00\"], [\"13:00\", \"1\\u00007:00\"]], \"tuesday\": [[\"09:00\", \"17:00\"]]}");
        assertRefused(422, "validation_failed", refused);
        var errors = refused.json().path("errors");
        assertEquals(
                "must be [start, end] as HH:MM",
                errors.path("hours.monday.0").path(0).asText(),
                refused::toString);
        assertEquals(
                "must be [start, end] as HH:MM",
                errors.path("hours.monday.1").path(0).asText(),
                refused::toString);
        assertEquals(
                "must not contain a NUL character",
                errors.path("hours.monday.2").path(0).asText(),
                refused::toString);
    }

    @Test
    void an_unknown_weekday_is_refused_under_hours() {
        var refused = postCalendar("{\"someday\": [[\"09:00\", \"17:00\"]], \"tuesday\": [[\"09:00\", \"17:00\"]]}");
        assertRefused(422, "validation_failed", refused);
        assertEquals(
                "someday is not a weekday",
                refused.json().path("errors").path("hours").path(0).asText(),
                refused::toString);
    }

    @Test
    void hours_or_a_weekday_of_the_wrong_json_type_is_400_malformed_request() {
        var week = postCalendar("\"monday to friday\"");
        assertRefused(400, "malformed_request", week);
        assertEquals(
                "The field hours must be an object or null.",
                week.json().path("detail").asText(),
                week::toString);
        var day = postCalendar("{\"monday\": \"09:00-17:00\", \"tuesday\": [[\"09:00\", \"17:00\"]]}");
        assertRefused(400, "malformed_request", day);
        assertEquals(
                "The field hours.monday must be an array of arrays of strings or null.",
                day.json().path("detail").asText(),
                day::toString);
    }

    @Test
    void a_task_moved_to_a_pause_status_stops_its_clock_and_resumes_it_with_the_pause_subtracted() {
        policy("high", 60, 240);
        long task = created(crm.post(
                        "/api/tasks",
                        ADMIN,
                        "{\"title\": \"Paused\", \"project_id\": " + project + ", \"priority\": \"high\"}"))
                .path("id")
                .asLong();
        // Its history, moved into the past: created 3 h ago, in progress 2 h ago, in review 1 h ago.
        assertEquals(
                200,
                crm.patch("/api/tasks/" + task, ADMIN, "{\"status\": \"in_progress\"}")
                        .status());
        assertEquals(
                200,
                crm.patch("/api/tasks/" + task, ADMIN, "{\"status\": \"review\"}")
                        .status());
        Instant now = Instant.now();
        crm.sql(c -> c.createStatement().executeUpdate("""
                UPDATE task_status_history SET entered_at = now() - CASE status
                    WHEN 'todo' THEN interval '3 hours' WHEN 'in_progress' THEN interval '2 hours' ELSE interval '1 hour' END
                WHERE task_id = """ + task));
        var paused = crm.get("/api/tasks/" + task + "/sla", ADMIN);
        assertEquals(200, paused.status(), paused::toString);
        var sla = paused.json().path("data");
        assertEquals("paused", sla.path("state").asText(), sla::toString);
        assertTrue(Math.abs(sla.path("paused_minutes").asLong() - 60) <= 1, sla::toString);
        var responded = Instant.parse(sla.path("first_response_at").asText());
        assertTrue(
                Math.abs(Duration.between(now.minus(Duration.ofHours(2)), responded)
                                .toSeconds())
                        < 60,
                sla::toString);

        assertEquals(
                200,
                crm.patch("/api/tasks/" + task, ADMIN, "{\"status\": \"in_progress\"}")
                        .status());
        var resumed = crm.get("/api/tasks/" + task + "/sla", ADMIN).json().path("data");
        assertEquals("on_track", resumed.path("state").asText(), resumed::toString);
        // Created 3 h ago, 240 minutes allowed, one hour paused: due 2 h from now.
        var due = Instant.parse(resumed.path("resolution_due_at").asText());
        assertTrue(Math.abs(Duration.between(now.plus(Duration.ofHours(2)), due).toSeconds()) < 60, resumed::toString);

        long noPolicy = created(crm.post(
                        "/api/tasks",
                        ADMIN,
                        "{\"title\": \"Nothing\", \"project_id\": " + project + ", \"priority\": \"low\"}"))
                .path("id")
                .asLong();
        var none = crm.get("/api/tasks/" + noPolicy + "/sla", ADMIN).json().path("data");
        assertTrue(none.path("policy").isNull(), none::toString);
        assertRefused(404, "not_found", crm.get("/api/tasks/999999/sla", ADMIN));
    }

    @Test
    void a_target_close_to_its_due_time_warns_once() {
        long policy = created(crm.post(
                        "/api/sla/policies",
                        ADMIN,
                        "{\"name\": \"Normal " + System.nanoTime()
                                + "\", \"calendar_id\": " + calendar + ", \"applies_to\": {\"priority\": [\"normal\"]},"
                                + " \"resolution_minutes\": 100, \"warn_before_minutes\": 50}"))
                .path("id")
                .asLong();
        long task = created(crm.post("/api/tasks", ADMIN, "{\"title\": \"Soon due\", \"project_id\": " + project + "}"))
                .path("id")
                .asLong();
        crm.sql(c -> c.createStatement()
                .executeUpdate(
                        "UPDATE task_status_history SET entered_at = now() - interval '70 minutes' WHERE task_id = "
                                + task + "; UPDATE tasks SET created_at = now() - interval '70 minutes' WHERE id = "
                                + task));
        assertEquals(
                "warning",
                crm.get("/api/tasks/" + task + "/sla", ADMIN)
                        .json()
                        .path("data")
                        .path("state")
                        .asText());
        DetectSlaBreachesUseCase detect = TestWiring.useCases(crm.app).sla().detect();
        for (int i = 0; i < 100 && !detect.detect().claimed(); i++) {
            Thread.onSpinWait();
        }
        detect.detect();
        assertEquals(
                1, count("SELECT count(*) FROM sla_warnings WHERE task_id = " + task + " AND policy_id = " + policy));
        assertEquals(
                1,
                count("SELECT count(*) FROM activity_log WHERE subject_type = 'sla_warning' AND subject_id = '" + task
                        + ":resolution'"));
        assertEquals(0, count("SELECT count(*) FROM sla_breaches WHERE task_id = " + task));
    }

    /** Runs the job until a run of this test's own claimed it (the replica's periodic run may hold it). */
    private static DetectSlaBreachesUseCase.Run claimedRun() throws InterruptedException {
        DetectSlaBreachesUseCase detect = TestWiring.useCases(crm.app).sla().detect();
        for (int i = 0; i < 100; i++) {
            var run = detect.detect();
            if (run.claimed()) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no run of the breach job was claimed in 10 s");
    }

    @Test
    void a_target_met_late_between_two_runs_is_recorded_once_and_already_resolved() throws Exception {
        long board = created(crm.post("/api/projects", ADMIN, "{\"name\": \"Late\"}"))
                .path("id")
                .asLong();
        long policy = created(crm.post(
                        "/api/sla/policies",
                        ADMIN,
                        "{\"name\": \"Late " + System.nanoTime() + "\", \"calendar_id\": " + calendar
                                + ", \"applies_to\": {\"priority\": [\"low\"], \"project_id\": " + board + "},"
                                + " \"first_response_minutes\": 5, \"resolution_minutes\": 600}"))
                .path("id")
                .asLong();
        claimedRun();
        // Created long ago; between this run and the next, one is done (both targets met late) and
        // the other leaves todo (its first response late, its resolution not yet due).
        long done = lowTask(board, "Done late", "1 day");
        long started = lowTask(board, "Started late", "60 minutes");
        assertEquals(
                200,
                crm.patch("/api/tasks/" + done, ADMIN, "{\"status\": \"done\"}").status());
        assertEquals(
                200,
                crm.patch("/api/tasks/" + started, ADMIN, "{\"status\": \"in_progress\"}")
                        .status());

        claimedRun();
        String of = " FROM sla_breaches WHERE policy_id = " + policy + " AND task_id = ";
        assertEquals(2, count("SELECT count(*)" + of + done));
        assertEquals(1, count("SELECT count(*)" + of + started + " AND target = 'first_response'"));
        assertEquals(0, count("SELECT count(*)" + of + started + " AND target = 'resolution'"));
        // Resolved when the task met the target, breached no later than that.
        assertEquals(
                3,
                count("SELECT count(*) FROM sla_breaches b WHERE policy_id = " + policy
                        + " AND resolved_at = (SELECT min(entered_at) FROM task_status_history h"
                        + " WHERE h.task_id = b.task_id AND h.status <> 'todo') AND breached_at <= resolved_at"));
        assertEquals(
                3,
                count("SELECT count(*) FROM activity_log WHERE subject_type = 'sla_breach' AND subject_id IN ('" + done
                        + ":first_response', '" + done + ":resolution', '" + started + ":first_response')"));
        var listed = crm.get("/api/sla/breaches?policy_id=" + policy + "&resolved=true", ADMIN);
        assertEquals(3, listed.json().path("meta").path("total").asInt(), listed::toString);

        claimedRun();
        assertEquals(3, count("SELECT count(*) FROM sla_breaches WHERE policy_id = " + policy), "written once");
    }

    /** A low-priority task of the board, created {@code ago} (an interval) in the past. */
    private static long lowTask(long board, String title, String ago) {
        long task = created(crm.post(
                        "/api/tasks",
                        ADMIN,
                        "{\"title\": \"" + title + "\", \"project_id\": " + board + ", \"priority\": \"low\"}"))
                .path("id")
                .asLong();
        crm.sql(c -> c.createStatement()
                .executeUpdate("UPDATE task_status_history SET entered_at = now() - interval '" + ago
                        + "' WHERE task_id = " + task + "; UPDATE tasks SET created_at = now() - interval '" + ago
                        + "' WHERE id = " + task));
        return task;
    }

    @Test
    void four_concurrent_job_runs_over_a_thousand_overdue_tasks_write_each_breach_exactly_once() throws Exception {
        long policy = policy("urgent", 5, 10);
        long board = created(crm.post("/api/projects", ADMIN, "{\"name\": \"Overdue\"}"))
                .path("id")
                .asLong();
        crm.sql(c -> c.createStatement().executeUpdate("""
                INSERT INTO tasks (project_id, title, priority, position, created_at, updated_at)
                SELECT %d, 'Overdue ' || g, 'urgent', g - 1, now() - interval '1 day', now() - interval '1 day'
                FROM generate_series(1, 1000) AS g""".formatted(board)));
        DetectSlaBreachesUseCase detect = TestWiring.useCases(crm.app).sla().detect();
        var threads = Executors.newFixedThreadPool(4);
        try {
            var barrier = new CyclicBarrier(4);
            var runs = new ArrayList<CompletableFuture<DetectSlaBreachesUseCase.Run>>();
            for (int i = 0; i < 4; i++) {
                runs.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                barrier.await(30, TimeUnit.SECONDS);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            return detect.detect();
                        },
                        threads));
            }
            // The replicas' own periodic job may take a turn too; whoever writes, each breach is written once.
            for (var run : runs) {
                var done = run.get(120, TimeUnit.SECONDS);
                assertTrue(done.breaches() <= 2000, done::toString);
            }
            // Should the periodic job have held the claim meanwhile, wait for a run of one's own.
            for (int i = 0; i < 100 && !detect.detect().claimed(); i++) {
                Thread.sleep(100);
            }
        } finally {
            threads.shutdownNow();
        }
        String mine = " FROM sla_breaches WHERE policy_id = " + policy;
        assertEquals(1000, count("SELECT count(*)" + mine + " AND target = 'first_response'"));
        assertEquals(1000, count("SELECT count(*)" + mine + " AND target = 'resolution'"));
        assertEquals(2000, count("SELECT count(DISTINCT (task_id, target))" + mine));
        assertEquals(
                2000,
                count("SELECT count(*) FROM activity_log WHERE subject_type = 'sla_breach' AND subject_id IN"
                        + " (SELECT task_id || ':' || target" + mine + ")"));
        assertEquals(0, detect.detect().breaches(), "a second run finds nothing new");

        // Resolving: the tasks that leave todo resolve their first-response breach.
        crm.sql(c -> c.createStatement()
                .executeUpdate(
                        "UPDATE tasks SET status = 'in_progress', position = id, updated_at = now() WHERE project_id = "
                                + board));
        detect.detect();
        assertEquals(
                1000, count("SELECT count(*)" + mine + " AND target = 'first_response' AND resolved_at IS NOT NULL"));
        var breaches = crm.get("/api/sla/breaches?policy_id=" + policy + "&resolved=true&per_page=5", ADMIN);
        assertEquals(200, breaches.status(), breaches::toString);
        assertEquals(1000, breaches.json().path("meta").path("total").asInt(), breaches::toString);
        assertEquals(
                "first_response",
                breaches.json().path("data").get(0).path("target").asText());
        var open = crm.get("/api/sla/breaches?policy_id=" + policy + "&resolved=false", ADMIN);
        assertEquals(1000, open.json().path("meta").path("total").asInt(), open::toString);
        var report = crm.get(
                "/api/sla/report?from=" + Instant.now().minus(Duration.ofDays(2)) + "&to=" + Instant.now(), ADMIN);
        assertEquals(200, report.status(), report::toString);
        JsonNode row = null;
        for (var r : report.json().path("data")) {
            if (r.path("policy_id").asLong() == policy) {
                row = r;
            }
        }
        assertTrue(row != null, report::toString);
        assertEquals(1000, row.path("tasks_due").asInt(), row::toString);
        assertEquals(1000, row.path("breached").asInt(), row::toString);
        assertEquals(0, row.path("met").asInt(), row::toString);
        assertRefused(422, "validation_failed", crm.get("/api/sla/report?from=2026-01-01", ADMIN));
    }
}
