package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
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
 * Holidays, leave types, leave requests, their state machine, balances and the team calendar over
 * HTTP against real Postgres, with the races the database must decide: concurrent overlapping
 * submissions of one user, and concurrent approvals for the last days of one balance. The
 * database is this class's own: holidays are tenant-wide.
 */
class LeaveEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String P = TestTokens.FQN_PREFIX;
    /** Monday 1 March 2027: weeks in the future, so requesters may still cancel approved leave. */
    private static final String MON = "2027-03-01";

    private static final AtomicInteger USERS = new AtomicInteger();
    private static CrmHarness crm;
    private static ExecutorService threads;

    @BeforeAll
    static void start() {
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of());
        threads = Executors.newFixedThreadPool(16);
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
        crm.close();
    }

    private static String user(String name) {
        String id = "u-leave-" + name + "-" + USERS.incrementAndGet();
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

    /** Who requests leave: list and create, nothing else. */
    private static String employee(String userId) {
        return token(userId, FakePolicy.allow(P + "leaves.list", P + "leaves.create"));
    }

    /** A reviewer: list, create and review, not manage. */
    private static String reviewer(String userId) {
        return token(userId, FakePolicy.allow(P + "leaves.list", P + "leaves.create", P + "leaves.review"));
    }

    private static long leaveType(String json) {
        var created = crm.post("/api/leave-types", ADMIN, json);
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data").path("id").asLong();
    }

    private static long annual(int days) {
        return leaveType("{\"name\": \"Annual " + System.nanoTime() + "\", \"yearly_allowance_days\": " + days + "}");
    }

    private static String request(long type, String start, String end, String extra) {
        return "{\"leave_type_id\": " + type + ", \"start_date\": \"" + start + "\", \"end_date\": \"" + end + "\""
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    private static JsonNode created(HttpResult result) {
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data");
    }

    private static void assertRefused(int status, String error, HttpResult result) {
        assertEquals(status, result.status(), result::toString);
        assertEquals(error, result.error(), result::toString);
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
    void holidays_are_listed_by_date_one_per_date_and_changed_only_with_manage() {
        var christmas = crm.post("/api/holidays", ADMIN, "{\"date\": \"2027-12-25\", \"name\": \"Christmas\"}");
        var first = created(christmas);
        // Its Location answers GET with the holiday, for anybody who may list them.
        var shown = crm.get(URI.create(christmas.header("Location")).getPath(), employee(user("alice")));
        assertEquals(200, shown.status(), shown::toString);
        assertEquals("Christmas", shown.json().path("data").path("name").asText(), shown::toString);
        assertEquals("2027-12-25", shown.json().path("data").path("date").asText(), shown::toString);
        created(crm.post("/api/holidays", ADMIN, "{\"date\": \"2027-12-24\", \"name\": \"Christmas Eve\"}"));
        assertRefused(
                422,
                "holiday_date_taken",
                crm.post("/api/holidays", ADMIN, "{\"date\": \"2027-12-25\", \"name\": \"Again\"}"));
        var invalid = crm.post("/api/holidays", ADMIN, "{\"date\": \"25.12.2027\"}");
        assertRefused(422, "validation_failed", invalid);
        assertTrue(invalid.json().path("errors").has("date"), invalid::toString);
        assertTrue(invalid.json().path("errors").has("name"), invalid::toString);

        var alice = employee(user("alice"));
        var listed = crm.get("/api/holidays?from=2027-12-01&to=2027-12-31", alice);
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(
                "2027-12-24", listed.json().path("data").get(0).path("date").asText());
        assertEquals("Christmas", listed.json().path("data").get(1).path("name").asText());
        assertRefused(
                403,
                "permission_denied",
                crm.post("/api/holidays", alice, "{\"date\": \"2027-12-31\", \"name\": \"Mine\"}"));

        long id = first.path("id").asLong();
        assertEquals(204, crm.delete("/api/holidays/" + id, ADMIN).status());
        assertRefused(404, "not_found", crm.delete("/api/holidays/" + id, ADMIN));
        assertRefused(404, "not_found", crm.get("/api/holidays/" + id, ADMIN));
        assertEquals(
                1,
                crm.get("/api/holidays?from=2027-12-01&to=2027-12-31", alice)
                        .json()
                        .path("data")
                        .size());
    }

    @Test
    void leave_types_have_unique_names_and_their_defaults() {
        String name = "Sick " + System.nanoTime();
        var type = created(crm.post("/api/leave-types", ADMIN, "{\"name\": \"" + name + "\"}"));
        assertTrue(type.path("yearly_allowance_days").isNull(), type::toString);
        assertEquals(true, type.path("requires_approval").asBoolean());
        assertEquals(false, type.path("allow_negative").asBoolean());
        assertEquals(true, type.path("half_days_allowed").asBoolean());
        assertRefused(
                422,
                "leave_type_name_taken",
                crm.post("/api/leave-types", ADMIN, "{\"name\": \"" + name.toUpperCase() + "\"}"));
        assertRefused(
                422,
                "validation_failed",
                crm.post("/api/leave-types", ADMIN, "{\"name\": \"Odd\", \"yearly_allowance_days\": 1.25}"));
        var replaced = crm.put(
                "/api/leave-types/" + type.path("id").asLong(),
                ADMIN,
                "{\"name\": \"" + name + "\", \"yearly_allowance_days\": 10.5, \"requires_approval\": false}");
        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals(
                10.5, replaced.json().path("data").path("yearly_allowance_days").asDouble());
        assertEquals(
                false, replaced.json().path("data").path("requires_approval").asBoolean());
        assertRefused(
                403, "permission_denied", crm.post("/api/leave-types", employee(user("eve")), "{\"name\": \"Mine\"}"));
    }

    @Test
    void days_count_working_days_and_halves_and_skip_weekends_and_holidays() {
        created(crm.post("/api/holidays", ADMIN, "{\"date\": \"2027-03-10\", \"name\": \"Test day\"}"));
        long type = annual(30);
        var bob = employee(user("bob"));
        // Monday afternoon 1 March to Monday morning 8 March, Wednesday 3rd... no: 10th is the holiday.
        var week = created(crm.post(
                "/api/leave-requests",
                bob,
                request(type, MON, "2027-03-08", "\"start_half\": \"pm\", \"end_half\": \"am\"")));
        assertEquals(5.0, week.path("days").asDouble(), week::toString);
        assertEquals("pending", week.path("status").asText());
        var holidayWeek = created(crm.post("/api/leave-requests", bob, request(type, "2027-03-09", "2027-03-12", "")));
        assertEquals(3.0, holidayWeek.path("days").asDouble(), "the 10th is a holiday");
        assertRefused(
                422,
                "no_working_days",
                crm.post("/api/leave-requests", bob, request(type, "2027-03-13", "2027-03-14", "")));
        assertRefused(
                422,
                "no_working_days",
                crm.post("/api/leave-requests", bob, request(type, "2027-03-10", "2027-03-10", "")));
        var bad = crm.post("/api/leave-requests", bob, request(type, "2027-03-20", "2027-03-19", ""));
        assertRefused(422, "validation_failed", bad);
        assertTrue(bad.json().path("errors").has("end_date"), bad::toString);
    }

    @Test
    void a_tenant_whose_week_includes_saturday_counts_it_and_one_without_friday_does_not() {
        long type = annual(30);
        var zoe = employee(user("zoe"));
        // Friday 4 to Monday 7 February 2028: two working days in the default week.
        assertEquals(
                2.0,
                created(crm.post("/api/leave-requests", zoe, request(type, "2028-02-04", "2028-02-07", "")))
                        .path("days")
                        .asDouble());
        try {
            crm.sql(c ->
                    c.createStatement().executeUpdate("UPDATE tenant_calendar SET working_weekdays = '{1,2,3,4,6}'"));
            var other = employee(user("yann"));
            // The same days, Friday off and Saturday on: Saturday and Monday.
            assertEquals(
                    2.0,
                    created(crm.post("/api/leave-requests", other, request(type, "2028-02-04", "2028-02-07", "")))
                            .path("days")
                            .asDouble());
            assertRefused(
                    422,
                    "no_working_days",
                    crm.post("/api/leave-requests", other, request(type, "2028-02-11", "2028-02-11", "")));
            assertEquals(
                    1.0,
                    created(crm.post("/api/leave-requests", other, request(type, "2028-02-12", "2028-02-12", "")))
                            .path("days")
                            .asDouble(),
                    "a Saturday is a working day of this tenant");
        } finally {
            crm.sql(c ->
                    c.createStatement().executeUpdate("UPDATE tenant_calendar SET working_weekdays = '{1,2,3,4,5}'"));
        }
    }

    @Test
    void a_type_without_half_days_refuses_a_half_day() {
        long type = leaveType("{\"name\": \"Whole days " + System.nanoTime() + "\", \"half_days_allowed\": false}");
        var token = employee(user("uma"));
        var half = crm.post(
                "/api/leave-requests",
                token,
                request(type, "2027-08-02", "2027-08-02", "\"start_half\": \"am\", \"end_half\": \"am\""));
        assertRefused(422, "validation_failed", half);
        assertTrue(half.json().path("errors").has("start_half"), half::toString);
        assertEquals(
                1.0,
                created(crm.post("/api/leave-requests", token, request(type, "2027-08-02", "2027-08-02", "")))
                        .path("days")
                        .asDouble());
    }

    @Test
    void a_morning_and_an_afternoon_coexist_and_anything_else_overlapping_is_refused() {
        long type = annual(30);
        String carol = user("carol");
        var token = employee(carol);
        var morning = created(crm.post(
                "/api/leave-requests",
                token,
                request(type, "2027-04-05", "2027-04-05", "\"start_half\": \"am\", \"end_half\": \"am\"")));
        assertEquals(0.5, morning.path("days").asDouble());
        var afternoon = created(crm.post(
                "/api/leave-requests",
                token,
                request(type, "2027-04-05", "2027-04-05", "\"start_half\": \"pm\", \"end_half\": \"pm\"")));
        assertEquals("pm", afternoon.path("start_half").asText());
        assertRefused(
                422,
                "leave_overlap",
                crm.post("/api/leave-requests", token, request(type, "2027-04-05", "2027-04-05", "")));
        assertRefused(
                422,
                "leave_overlap",
                crm.post(
                        "/api/leave-requests",
                        token,
                        request(type, "2027-04-01", "2027-04-05", "\"end_half\": \"am\"")));
        // Ending the day before is fine; a cancelled request frees its half day.
        created(crm.post("/api/leave-requests", token, request(type, "2027-04-01", "2027-04-02", "")));
        var cancelled = crm.post("/api/leave-requests/" + morning.path("id").asLong() + "/cancel", token, "");
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("cancelled", cancelled.json().path("data").path("status").asText());
        created(crm.post(
                "/api/leave-requests",
                token,
                request(type, "2027-04-05", "2027-04-05", "\"start_half\": \"am\", \"end_half\": \"am\"")));
        // Another user's days are theirs.
        created(crm.post("/api/leave-requests", employee(user("dan")), request(type, "2027-04-05", "2027-04-05", "")));
    }

    @Test
    void the_state_machine_allows_only_its_transitions_and_nobody_reviews_their_own() {
        long type = annual(30);
        String erin = user("erin");
        var requester = employee(erin);
        String frank = user("frank");
        var boss = reviewer(frank);
        long id = created(crm.post("/api/leave-requests", requester, request(type, "2027-05-03", "2027-05-04", "")))
                .path("id")
                .asLong();

        assertRefused(403, "permission_denied", crm.post("/api/leave-requests/" + id + "/approve", requester, ""));
        long own = created(crm.post("/api/leave-requests", boss, request(type, "2027-05-03", "2027-05-04", "")))
                .path("id")
                .asLong();
        assertRefused(403, "own_request", crm.post("/api/leave-requests/" + own + "/approve", boss, ""));

        var approved = crm.post("/api/leave-requests/" + id + "/approve", boss, "{\"note\": \"enjoy\"}");
        assertEquals(200, approved.status(), approved::toString);
        var data = approved.json().path("data");
        assertEquals("approved", data.path("status").asText());
        assertEquals(frank, data.path("reviewed_by").asText());
        assertEquals("enjoy", data.path("review_note").asText());
        assertEquals("\"2\"", approved.headers().firstValue("ETag").orElseThrow());

        var again = crm.post("/api/leave-requests/" + id + "/reject", boss, "");
        assertRefused(422, "invalid_transition", again);
        assertTrue(again.json().path("detail").asText().contains("approved"), again::toString);
        assertTrue(again.json().path("detail").asText().contains("cancelled"), again::toString);

        var cancelled = crm.post("/api/leave-requests/" + id + "/cancel", requester, "");
        assertEquals(200, cancelled.status(), cancelled::toString);
        var dead = crm.post("/api/leave-requests/" + id + "/approve", boss, "");
        assertRefused(422, "invalid_transition", dead);
        assertTrue(dead.json().path("detail").asText().contains("none"), dead::toString);

        long rejected = created(
                        crm.post("/api/leave-requests", requester, request(type, "2027-05-10", "2027-05-10", "")))
                .path("id")
                .asLong();
        assertEquals(
                200,
                crm.post("/api/leave-requests/" + rejected + "/reject", boss, "")
                        .status());
        assertRefused(
                422, "invalid_transition", crm.post("/api/leave-requests/" + rejected + "/cancel", requester, ""));

        // Other people's requests: 404 to a plain employee, visible to a reviewer.
        assertRefused(404, "not_found", crm.get("/api/leave-requests/" + id, employee(user("gina"))));
        assertEquals(200, crm.get("/api/leave-requests/" + id, boss).status());
        var events = crm.sql(c -> {
            var rows = c.createStatement()
                    .executeQuery(
                            "SELECT event FROM activity_log WHERE subject_type = 'leave_request' AND subject_id = '"
                                    + id + "' ORDER BY id");
            var list = new ArrayList<String>();
            while (rows.next()) {
                list.add(rows.getString(1));
            }
            return list;
        });
        assertEquals(List.of("created", "approved", "cancelled"), events);
    }

    @Test
    void an_approved_request_started_can_be_cancelled_by_a_reviewer_only() {
        long type = leaveType("{\"name\": \"Instant " + System.nanoTime() + "\", \"requires_approval\": false}");
        String hank = user("hank");
        var requester = employee(hank);
        // Today is inside it: its start has passed.
        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        var started = created(crm.post(
                "/api/leave-requests",
                requester,
                request(type, today.minusDays(3).toString(), today.plusDays(3).toString(), "")));
        assertEquals("approved", started.path("status").asText(), "a type without review approves on submission");
        long id = started.path("id").asLong();
        assertRefused(422, "invalid_transition", crm.post("/api/leave-requests/" + id + "/cancel", requester, ""));
        var byReviewer = crm.post("/api/leave-requests/" + id + "/cancel", reviewer(user("ivy")), "");
        assertEquals(200, byReviewer.status(), byReviewer::toString);
        assertEquals("cancelled", byReviewer.json().path("data").path("status").asText());
    }

    @Test
    void balances_come_from_the_ledger_and_approving_beyond_them_is_refused() {
        long type = annual(3);
        String jack = user("jack");
        var requester = employee(jack);
        var boss = reviewer(user("kate"));
        long twoDays = created(
                        crm.post("/api/leave-requests", requester, request(type, "2027-06-07", "2027-06-08", "")))
                .path("id")
                .asLong();
        long twoMore = created(
                        crm.post("/api/leave-requests", requester, request(type, "2027-06-14", "2027-06-15", "")))
                .path("id")
                .asLong();
        var balance = balanceOf(requester, null, type, 2027);
        assertEquals(3.0, balance.path("allowance").asDouble(), balance::toString);
        assertEquals(4.0, balance.path("pending").asDouble(), balance::toString);
        assertEquals(3.0, balance.path("remaining").asDouble(), balance::toString);

        assertEquals(
                200,
                crm.post("/api/leave-requests/" + twoDays + "/approve", boss, "")
                        .status());
        assertRefused(422, "insufficient_balance", crm.post("/api/leave-requests/" + twoMore + "/approve", boss, ""));
        balance = balanceOf(requester, null, type, 2027);
        assertEquals(2.0, balance.path("taken").asDouble(), balance::toString);
        assertEquals(1.0, balance.path("remaining").asDouble(), balance::toString);

        var adjusted = crm.post(
                "/api/leave-balances/adjust",
                ADMIN,
                "{\"user_id\": \"" + jack + "\", \"leave_type_id\": " + type
                        + ", \"year\": 2027, \"days\": 1.5, \"note\": \"carried over\"}");
        assertEquals(200, adjusted.status(), adjusted::toString);
        assertEquals(2.5, adjusted.json().path("data").path("remaining").asDouble(), adjusted::toString);
        assertRefused(
                403,
                "permission_denied",
                crm.post(
                        "/api/leave-balances/adjust",
                        boss,
                        "{\"user_id\": \"" + jack + "\", \"leave_type_id\": " + type
                                + ", \"year\": 2027, \"days\": 1}"));
        assertEquals(
                200,
                crm.post("/api/leave-requests/" + twoMore + "/approve", boss, "")
                        .status());
        assertEquals(
                0.5, balanceOf(requester, null, type, 2027).path("remaining").asDouble());

        // Cancelling an approved request gives its days back.
        assertEquals(
                200,
                crm.post("/api/leave-requests/" + twoDays + "/cancel", requester, "")
                        .status());
        balance = balanceOf(requester, null, type, 2027);
        assertEquals(2.0, balance.path("taken").asDouble(), balance::toString);
        assertEquals(2.5, balance.path("remaining").asDouble(), balance::toString);
        assertEquals(
                4L,
                (long) crm.sql(c -> {
                    var rows = c.createStatement()
                            .executeQuery("SELECT count(*) FROM leave_ledger WHERE user_id = '" + jack + "'");
                    rows.next();
                    return rows.getLong(1);
                }),
                "approval, adjustment, approval, cancellation");

        // Another user's balances: a reviewer may read them, a plain employee may not.
        assertEquals(
                200,
                crm.get("/api/leave-balances?user_id=" + jack + "&year=2027", boss)
                        .status());
        assertRefused(
                403,
                "permission_denied",
                crm.get("/api/leave-balances?user_id=" + jack + "&year=2027", employee(user("leo"))));
    }

    private static JsonNode balanceOf(String token, String user, long type, int year) {
        var answer = crm.get("/api/leave-balances?year=" + year + (user == null ? "" : "&user_id=" + user), token);
        assertEquals(200, answer.status(), answer::toString);
        for (var b : answer.json().path("data")) {
            if (b.path("leave_type_id").asLong() == type) {
                return b;
            }
        }
        throw new AssertionError("no balance of type " + type + ": " + answer);
    }

    @Test
    void sixteen_concurrent_submissions_of_one_period_leave_exactly_one_and_no_error() throws Exception {
        long type = annual(100);
        String max = user("max");
        var token = employee(max);
        for (int round = 0; round < 5; round++) {
            var day = java.time.LocalDate.parse("2027-09-06").plusWeeks(round);
            var calls = new ArrayList<Supplier<HttpResult>>();
            for (int i = 0; i < 16; i++) {
                // Overlapping shapes: the full days, the first day's morning, the last day's afternoon.
                String extra = switch (i % 3) {
                    case 0 -> "";
                    case 1 -> "\"start_half\": \"am\", \"end_half\": \"am\"";
                    default -> "\"start_half\": \"full\", \"end_half\": \"full\"";
                };
                String end = i % 3 == 1 ? day.toString() : day.plusDays(2).toString();
                String body = request(type, day.toString(), end, extra);
                calls.add(() -> crm.post("/api/leave-requests", token, body));
            }
            int createdCount = 0;
            for (var result : together(calls)) {
                if (result.status() == 201) {
                    createdCount++;
                } else {
                    assertRefused(422, "leave_overlap", result);
                }
            }
            assertEquals(1, createdCount, "round " + round);
        }
        long held = crm.sql(c -> {
            var rows = c.createStatement()
                    .executeQuery(
                            "SELECT count(*) FROM leave_requests WHERE user_id = '" + max + "' AND status = 'pending'");
            rows.next();
            return rows.getLong(1);
        });
        assertEquals(5, held);
    }

    @Test
    void two_concurrent_approvals_for_the_last_days_of_a_balance_let_one_through() throws Exception {
        for (int round = 0; round < 5; round++) {
            long type = annual(2);
            var requester = employee(user("nina"));
            var boss = reviewer(user("oscar"));
            long a = created(crm.post("/api/leave-requests", requester, request(type, "2027-10-04", "2027-10-05", "")))
                    .path("id")
                    .asLong();
            long b = created(crm.post("/api/leave-requests", requester, request(type, "2027-10-11", "2027-10-12", "")))
                    .path("id")
                    .asLong();
            var results = together(List.of(
                    () -> crm.post("/api/leave-requests/" + a + "/approve", boss, ""),
                    () -> crm.post("/api/leave-requests/" + b + "/approve", boss, "")));
            int approved = 0;
            for (var result : results) {
                if (result.status() == 200) {
                    approved++;
                } else {
                    assertRefused(422, "insufficient_balance", result);
                }
            }
            assertEquals(1, approved, "round " + round + ": " + results);
            assertEquals(
                    0.0,
                    balanceOf(requester, null, type, 2027).path("remaining").asDouble());
        }
    }

    @Test
    void lists_are_own_by_default_and_the_calendar_shows_who_is_away_each_day() {
        long type = annual(30);
        String pia = user("pia");
        String quinn = user("quinn");
        var piaToken = employee(pia);
        var quinnToken = employee(quinn);
        var boss = reviewer(user("rita"));
        created(crm.post("/api/leave-requests", piaToken, request(type, "2027-11-01", "2027-11-02", "")));
        created(crm.post(
                "/api/leave-requests",
                quinnToken,
                request(type, "2027-11-02", "2027-11-02", "\"start_half\": \"pm\"")));

        var own = crm.get("/api/leave-requests?from=2027-11-01&to=2027-11-30", piaToken);
        assertEquals(200, own.status(), own::toString);
        assertEquals(1, own.json().path("data").size(), own::toString);
        assertEquals(pia, own.json().path("data").get(0).path("user_id").asText());
        assertEquals(1, own.json().path("meta").path("total").asInt());
        assertRefused(403, "permission_denied", crm.get("/api/leave-requests?user_id=" + quinn, piaToken));
        var all = crm.get("/api/leave-requests?user_id=all&from=2027-11-01&to=2027-11-30&status=pending", boss);
        assertEquals(200, all.status(), all::toString);
        assertEquals(2, all.json().path("data").size(), all::toString);
        assertRefused(422, "validation_failed", crm.get("/api/leave-requests?status=sleeping", piaToken));

        var calendar = crm.get("/api/leave-calendar?from=2027-10-31&to=2027-11-03", piaToken);
        assertEquals(200, calendar.status(), calendar::toString);
        var days = calendar.json().path("data");
        assertEquals(4, days.size());
        assertEquals(false, days.get(0).path("working_day").asBoolean(), "a Sunday");
        assertEquals(1, days.get(1).path("away").size());
        assertEquals(2, days.get(2).path("away").size());
        for (var away : days.get(2).path("away")) {
            assertEquals(
                    away.path("user_id").asText().equals(quinn) ? "pm" : "full",
                    away.path("part").asText());
        }
        assertEquals(0, days.get(3).path("away").size());
        assertRefused(422, "validation_failed", crm.get("/api/leave-calendar?from=2027-11-03", piaToken));
    }

    @Test
    void managers_submit_for_others_and_employees_may_not() {
        long type = annual(30);
        String sam = user("sam");
        var samToken = employee(sam);
        var other = user("tom");
        assertRefused(
                403,
                "permission_denied",
                crm.post(
                        "/api/leave-requests",
                        samToken,
                        "{\"user_id\": \"" + other + "\", \"leave_type_id\": " + type
                                + ", \"start_date\": \"2027-12-06\"}"));
        var forTom = created(crm.post(
                "/api/leave-requests",
                ADMIN,
                "{\"user_id\": \"" + other + "\", \"leave_type_id\": " + type + ", \"start_date\": \"2027-12-06\"}"));
        assertEquals(other, forTom.path("user_id").asText());
        assertEquals("2027-12-06", forTom.path("end_date").asText());
        var unknownType = crm.post("/api/leave-requests", samToken, request(999_999, "2027-12-06", "2027-12-06", ""));
        assertRefused(422, "validation_failed", unknownType);
        assertTrue(unknownType.json().path("errors").has("leave_type_id"), unknownType::toString);
    }
}
