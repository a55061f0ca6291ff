package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shift templates, assignments (no overlap, nobody on a day of approved leave, recurring ones all
 * or nothing), leave approvals over assigned shifts, and the roster, over HTTP against a database
 * of their own, whose tenant lives in Europe/Budapest.
 */
class ShiftsEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final AtomicInteger USERS = new AtomicInteger();
    private static CrmHarness crm;
    private static ExecutorService threads;
    private static long leaveType;

    @BeforeAll
    static void start() {
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of());
        crm.sql(c -> c.createStatement().executeUpdate("UPDATE tenant_calendar SET timezone = 'Europe/Budapest'"));
        threads = Executors.newFixedThreadPool(8);
        leaveType = created(
                        crm.post("/api/leave-types", ADMIN, "{\"name\": \"Annual\", \"yearly_allowance_days\": 100}"))
                .path("id")
                .asLong();
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
        crm.close();
    }

    private static String user(String name) {
        String id = "u-shift-" + name + "-" + USERS.incrementAndGet();
        crm.sql(c -> {
            try (var insert = c.prepareStatement(
                    "INSERT INTO tenant_users (id, name, email, is_active) VALUES (?, ?, ?, true)")) {
                insert.setString(1, id);
                insert.setString(2, name);
                insert.setString(3, id + "@acme.test");
                return insert.executeUpdate();
            }
        });
        return id;
    }

    private static JsonNode created(HttpResult result) {
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data");
    }

    private static void assertRefused(int status, String error, HttpResult result) {
        assertEquals(status, result.status(), result::toString);
        assertEquals(error, result.error(), result::toString);
    }

    private static long shift(String name, String start, String end) {
        return created(crm.post(
                        "/api/shifts",
                        ADMIN,
                        "{\"name\": \"" + name + " " + System.nanoTime() + "\", \"start_time\": \"" + start
                                + "\", \"end_time\": \"" + end + "\", \"break_minutes\": 30}"))
                .path("id")
                .asLong();
    }

    private static HttpResult assign(String user, long shift, String date) {
        return crm.post(
                "/api/shift-assignments",
                ADMIN,
                "{\"user_id\": \"" + user + "\", \"shift_id\": " + shift + ", \"date\": \"" + date + "\"}");
    }

    private static long leave(String user, String start, String end) {
        return created(crm.post(
                        "/api/leave-requests",
                        ADMIN,
                        "{\"user_id\": \"" + user + "\", \"leave_type_id\": " + leaveType + ", \"start_date\": \""
                                + start + "\", \"end_date\": \"" + end + "\"}"))
                .path("id")
                .asLong();
    }

    private static long count(String sql) {
        return crm.sql(c -> {
            var rows = c.createStatement().executeQuery(sql);
            rows.next();
            return rows.getLong(1);
        });
    }

    private static List<HttpResult> together(List<Supplier<HttpResult>> calls) throws Exception {
        var barrier = new CyclicBarrier(calls.size());
        var futures = new ArrayList<CompletableFuture<HttpResult>>();
        for (var call : calls) {
            futures.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            barrier.await(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return call.get();
                    },
                    threads));
        }
        var results = new ArrayList<HttpResult>();
        for (var future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void shift_templates_cross_midnight_have_unique_names_and_cannot_go_while_assigned() {
        String name = "Night " + System.nanoTime();
        var night = created(crm.post(
                "/api/shifts",
                ADMIN,
                "{\"name\": \"" + name
                        + "\", \"start_time\": \"22:00\", \"end_time\": \"06:00\", \"color\": \"#1a237e\"}"));
        assertEquals(true, night.path("crosses_midnight").asBoolean());
        assertEquals("#1A237E", night.path("color").asText());
        assertRefused(
                422,
                "shift_name_taken",
                crm.post(
                        "/api/shifts",
                        ADMIN,
                        "{\"name\": \"" + name.toLowerCase()
                                + "\", \"start_time\": \"08:00\", \"end_time\": \"16:00\"}"));
        var invalid = crm.post("/api/shifts", ADMIN, "{\"name\": \"Bad\", \"start_time\": \"8 o'clock\"}");
        assertRefused(422, "validation_failed", invalid);
        assertTrue(invalid.json().path("errors").has("start_time"), invalid::toString);
        assertTrue(invalid.json().path("errors").has("end_time"), invalid::toString);
        long id = night.path("id").asLong();
        var replaced = crm.put(
                "/api/shifts/" + id,
                ADMIN,
                "{\"name\": \"" + name + "\", \"start_time\": \"21:00\", \"end_time\": \"05:00\"}");
        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals("21:00", replaced.json().path("data").path("start_time").asText());
        String worker = user("wendy");
        long assignment = created(assign(worker, id, "2027-01-11")).path("id").asLong();
        assertRefused(422, "shift_in_use", crm.delete("/api/shifts/" + id, ADMIN));
        assertEquals(
                204, crm.delete("/api/shift-assignments/" + assignment, ADMIN).status());
        assertEquals(204, crm.delete("/api/shifts/" + id, ADMIN).status());
        assertRefused(404, "not_found", crm.delete("/api/shifts/" + id, ADMIN));
    }

    @Test
    void an_assignment_takes_the_shift_hours_in_the_tenant_zone_and_one_user_s_never_overlap() {
        long night = shift("Night", "22:00", "06:00");
        long early = shift("Early", "05:00", "13:00");
        long late = shift("Late", "06:00", "14:00");
        String worker = user("xaver");
        var answer = assign(worker, night, "2027-01-11");
        var first = created(answer);
        assertEquals("2027-01-11T21:00:00Z", first.path("starts_at").asText());
        assertEquals("2027-01-12T05:00:00Z", first.path("ends_at").asText());
        // Its Location answers GET with the assignment.
        var shown = crm.get(URI.create(answer.header("Location")).getPath(), ADMIN);
        assertEquals(200, shown.status(), shown::toString);
        assertEquals(first, shown.json().path("data"), shown::toString);
        assertRefused(404, "not_found", crm.get("/api/shift-assignments/999999", ADMIN));
        assertRefused(422, "shift_overlap", assign(worker, early, "2027-01-12"));
        created(assign(worker, late, "2027-01-12"));
        created(assign(user("yvonne"), early, "2027-01-12"));
        // Over the October change the same night shift lasts nine hours.
        var october = created(assign(worker, night, "2026-10-24"));
        assertEquals("2026-10-24T20:00:00Z", october.path("starts_at").asText());
        assertEquals("2026-10-25T05:00:00Z", october.path("ends_at").asText());
        var listed = crm.get("/api/shift-assignments?from=2027-01-11&to=2027-01-12&user_id=" + worker, ADMIN);
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(2, listed.json().path("data").size(), listed::toString);
        assertRefused(422, "validation_failed", crm.get("/api/shift-assignments?from=2027-01-11", ADMIN));
    }

    @Test
    void nobody_is_assigned_on_a_day_of_approved_leave_and_pending_leave_does_not_block() {
        long day = shift("Day", "08:00", "16:00");
        String worker = user("zora");
        long pending = leave(worker, "2027-02-01", "2027-02-02");
        created(assign(worker, day, "2027-02-01"));
        long approved = leave(worker, "2027-02-08", "2027-02-09");
        assertEquals(
                200,
                crm.post("/api/leave-requests/" + approved + "/approve", ADMIN, "")
                        .status());
        assertRefused(422, "user_on_leave", assign(worker, day, "2027-02-09"));
        created(assign(worker, day, "2027-02-10"));

        // Approving the pending leave over the assigned shift: refused, naming it; then with unassign_shifts.
        var refused = crm.post("/api/leave-requests/" + pending + "/approve", ADMIN, "");
        assertRefused(422, "shifts_assigned", refused);
        assertEquals(1, refused.json().path("errors").size(), refused::toString);
        assertEquals(
                1,
                count("SELECT count(*) FROM shift_assignments WHERE user_id = '" + worker
                        + "' AND date = '2027-02-01'"));
        var unassigned = crm.post("/api/leave-requests/" + pending + "/approve?unassign_shifts=true", ADMIN, "");
        assertEquals(200, unassigned.status(), unassigned::toString);
        assertEquals("approved", unassigned.json().path("data").path("status").asText());
        assertEquals(
                0,
                count("SELECT count(*) FROM shift_assignments WHERE user_id = '" + worker
                        + "' AND date = '2027-02-01'"));
    }

    @Test
    void a_recurring_assignment_creates_all_or_names_every_conflict_and_creates_none() {
        long day = shift("Day", "08:00", "16:00");
        String worker = user("anton");
        String body = "{\"user_id\": \"" + worker + "\", \"shift_id\": " + day
                + ", \"weekdays\": [\"monday\", \"wednesday\", \"friday\"], \"from\": \"2027-03-01\", \"to\": \"2027-03-14\"}";
        var all = crm.post("/api/shift-assignments/recurring", ADMIN, body);
        assertEquals(200, all.status(), all::toString);
        assertEquals(6, all.json().path("data").size());

        String other = user("berta");
        created(assign(other, day, "2027-03-03"));
        long approved = leave(other, "2027-03-12", "2027-03-12");
        assertEquals(
                200,
                crm.post("/api/leave-requests/" + approved + "/approve", ADMIN, "")
                        .status());
        var conflicts = crm.post("/api/shift-assignments/recurring", ADMIN, body.replace(worker, other));
        assertRefused(422, "shift_conflicts", conflicts);
        var errors = conflicts.json().path("errors");
        assertEquals("shift_overlap", errors.path("2027-03-03").get(0).asText(), conflicts::toString);
        assertEquals("user_on_leave", errors.path("2027-03-12").get(0).asText(), conflicts::toString);
        assertEquals(2, errors.size(), conflicts::toString);
        assertEquals(
                1, count("SELECT count(*) FROM shift_assignments WHERE user_id = '" + other + "'"), "none created");
        assertRefused(
                422,
                "validation_failed",
                crm.post(
                        "/api/shift-assignments/recurring",
                        ADMIN,
                        "{\"user_id\": \"" + other + "\", \"shift_id\": " + day + ", \"weekdays\": [\"someday\"]}"));
    }

    @Test
    void concurrent_overlapping_assignments_of_one_user_leave_exactly_one() throws Exception {
        long night = shift("Night", "22:00", "06:00");
        long early = shift("Early", "04:00", "12:00");
        for (int round = 0; round < 5; round++) {
            String worker = user("cecil");
            var calls = new ArrayList<Supplier<HttpResult>>();
            for (int i = 0; i < 8; i++) {
                boolean nightShift = i % 2 == 0;
                calls.add(() -> assign(worker, nightShift ? night : early, nightShift ? "2027-04-05" : "2027-04-06"));
            }
            int createdCount = 0;
            for (var result : together(calls)) {
                if (result.status() == 201) {
                    createdCount++;
                } else {
                    assertRefused(422, "shift_overlap", result);
                }
            }
            assertEquals(1, createdCount, "round " + round);
        }
    }

    @Test
    void an_approval_and_an_assignment_racing_for_one_day_never_both_win() throws Exception {
        long day = shift("Day", "08:00", "16:00");
        for (int round = 0; round < 10; round++) {
            String worker = user("dora");
            long request = leave(worker, "2027-05-03", "2027-05-03");
            var results = together(List.of(
                    () -> crm.post("/api/leave-requests/" + request + "/approve", ADMIN, ""),
                    () -> assign(worker, day, "2027-05-03")));
            var approval = results.get(0);
            var assignment = results.get(1);
            boolean approved = approval.status() == 200;
            boolean assigned = assignment.status() == 201;
            assertTrue(approved != assigned, () -> "round: " + approval + " / " + assignment);
            if (approved) {
                assertRefused(422, "user_on_leave", assignment);
            } else {
                assertRefused(422, "shifts_assigned", approval);
            }
        }
    }

    @Test
    void the_roster_shows_shifts_and_leave_per_user_per_day_and_exports_csv() {
        long day = shift("=Day", "08:00", "16:00");
        String worker = user("emil");
        String away = user("flora");
        created(assign(worker, day, "2027-06-07"));
        leave(away, "2027-06-07", "2027-06-08");
        var roster = crm.get("/api/roster?from=2027-06-06&to=2027-06-08", ADMIN);
        assertEquals(200, roster.status(), roster::toString);
        JsonNode workerRow = null;
        JsonNode awayRow = null;
        for (var row : roster.json().path("data")) {
            if (row.path("user_id").asText().equals(worker)) {
                workerRow = row;
            } else if (row.path("user_id").asText().equals(away)) {
                awayRow = row;
            }
        }
        assertTrue(workerRow != null && awayRow != null, roster::toString);
        assertEquals(3, workerRow.path("days").size());
        assertEquals(false, workerRow.path("days").get(0).path("working_day").asBoolean());
        assertEquals(1, workerRow.path("days").get(1).path("shifts").size());
        assertEquals(
                "pending",
                awayRow.path("days").get(1).path("leave").get(0).path("status").asText());
        assertEquals(
                "full",
                awayRow.path("days").get(2).path("leave").get(0).path("part").asText());

        var csv = crm.get("/api/roster/export?from=2027-06-06&to=2027-06-08", ADMIN);
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv::toString);
        var lines = csv.body().split("\r\n");
        assertEquals("user_id,date,working_day,kind,name,starts_at,ends_at,part,status", lines[0]);
        assertTrue(csv.body().contains(worker + ",2027-06-07,true,shift,'=Day"), csv::body);
        assertTrue(csv.body().contains(away + ",2027-06-08,true,leave,,,,full,pending"), csv::body);
    }
}
