package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} on POST as a client uses it, over real HTTP against a real database: a
 * request with a key runs at most once per caller and key, and its retries get the first answer
 * again, byte for byte, marked {@code Idempotent-Replayed: true}.
 */
class IdempotencyKeyEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String MEMBER = TestTokens.MEMBER;
    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";
    /** Whose timers this test starts (the administrator may start anybody's), so no other test's timer is in the way. */
    private static final String TIMEKEEPER = "u-idem-timekeeper";

    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
        crm.sql(c -> c.createStatement().executeUpdate("""
                INSERT INTO tenant_users (id, name, email, is_active)
                VALUES ('u-idem-timekeeper', 'Tímea Timekeeper', 'timea@acme.test', true)
                ON CONFLICT (id) DO NOTHING"""));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    private static HttpResult post(String path, String token, String key, String json) {
        return post(crm, path, token, key, json);
    }

    private static HttpResult post(CrmHarness server, String path, String token, String key, String json) {
        var request = server.request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header(KEY, key);
        }
        return server.send(request);
    }

    private static String contact(String lastName) {
        return "{\"first_name\": \"Ödön\", \"last_name\": \"" + lastName + "\"}";
    }

    private static long contactsNamed(String lastName) {
        return count("SELECT count(*) FROM contacts WHERE last_name = ?", lastName);
    }

    private static long keysOf(String scope) {
        return count("SELECT count(*) FROM idempotency_keys WHERE scope = ?", scope);
    }

    private static long count(String sql, String parameter) {
        return crm.sql(c -> {
            try (var statement = c.prepareStatement(sql)) {
                statement.setString(1, parameter);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private static void assertReplayOf(HttpResult first, HttpResult retry) {
        assertEquals(first.status(), retry.status(), retry::toString);
        assertEquals("true", retry.header(REPLAYED), "a replay says so");
        assertEquals(first.body(), retry.body(), "the very bytes of the first answer");
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("Content-Type"), retry.header("Content-Type"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
    }

    @Test
    void twenty_concurrent_identical_posts_create_one_contact_and_each_answer_is_the_stored_201_or_a_409()
            throws Exception {
        raceOneKey(i -> crm);
    }

    /** The same race over two replicas on one database: the key's state is in Postgres, not in a process. */
    @Test
    void the_race_split_over_two_replicas_creates_one_contact_too() throws Exception {
        try (var replica = CrmHarness.replica(crm.identity, Map.of())) {
            raceOneKey(i -> i % 2 == 0 ? crm : replica);
        }
    }

    /** 20 identical POSTs with one key, request {@code i} sent to {@code server(i)}, all at once. */
    private static void raceOneKey(java.util.function.IntFunction<CrmHarness> servers) throws Exception {
        String name = unique("Racer");
        String key = newKey();
        int requests = 20;
        var ready = new CountDownLatch(requests);
        var go = new CountDownLatch(1);
        List<HttpResult> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            var futures = new ArrayList<Future<HttpResult>>();
            for (int i = 0; i < requests; i++) {
                CrmHarness server = servers.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return post(server, "/api/contacts", ADMIN, key, contact(name));
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            for (var future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, contactsNamed(name), "one contact, however many requests raced: " + answers);
        var created = answers.stream().filter(a -> a.status() == 201).toList();
        var inProgress = answers.stream().filter(a -> a.status() == 409).toList();
        assertEquals(requests, created.size() + inProgress.size(), () -> "only the 201 or a 409: " + answers);
        assertTrue(!created.isEmpty(), "the request that ran answered 201");
        assertEquals(1, created.stream().filter(a -> a.header(REPLAYED) == null).count(), "one fresh answer");
        assertEquals(1, created.stream().map(HttpResult::body).distinct().count(), "every 201 is the same bytes");
        assertEquals(
                1, created.stream().map(a -> a.header("Location")).distinct().count());
        for (var busy : inProgress) {
            assertEquals("idempotency_key_in_progress", busy.error(), busy::toString);
            assertEquals("1", busy.header("Retry-After"), busy::toString);
            assertEquals("application/problem+json", busy.header("Content-Type"));
        }

        var afterwards = post("/api/contacts", ADMIN, key, contact(name));
        assertReplayOf(created.getFirst(), afterwards);
        assertEquals(1, contactsNamed(name));
    }

    @Test
    void a_retry_after_the_first_finished_replays_byte_identical_json_with_the_same_location() {
        String name = unique("Retry");
        String key = newKey();

        var first = post("/api/contacts", ADMIN, key, contact(name));
        var retry = post("/api/contacts", ADMIN, key, contact(name));

        assertEquals(201, first.status(), first::toString);
        assertNull(first.header(REPLAYED), "the first answer is no replay");
        assertNotNull(first.header("Location"));
        assertTrue(first.header("Content-Type").startsWith("application/json"), first.header("Content-Type"));
        assertReplayOf(first, retry);
        assertEquals(1, contactsNamed(name));
        long id = first.json().path("data").path("id").asLong();
        assertTrue(first.header("Location").endsWith("/api/contacts/" + id), first.header("Location"));
        var shown = crm.get("/api/contacts/" + id, ADMIN);
        assertEquals(200, shown.status(), shown::toString);
    }

    @Test
    void the_key_with_another_body_or_on_another_path_is_422_reused_and_changes_nothing() {
        String name = unique("Reused");
        String key = newKey();
        var first = post("/api/contacts", ADMIN, key, contact(name));
        assertEquals(201, first.status(), first::toString);

        var otherBody = post("/api/contacts", ADMIN, key, contact(name + "x"));
        var otherPath = post("/api/companies", ADMIN, key, contact(name));

        for (var refused : List.of(otherBody, otherPath)) {
            assertEquals(422, refused.status(), refused::toString);
            assertEquals("idempotency_key_reused", refused.error(), refused::toString);
            assertNull(refused.header(REPLAYED));
        }
        assertEquals(0, contactsNamed(name + "x"));
        assertEquals(1, contactsNamed(name));
        assertReplayOf(first, post("/api/contacts", ADMIN, key, contact(name)));
    }

    @Test
    void the_same_object_with_its_keys_in_another_order_and_other_whitespace_is_the_same_request() {
        String name = unique("Canonical");
        String key = newKey();
        var first = post(
                "/api/contacts",
                ADMIN,
                key,
                "{\"first_name\":\"Ödön\",\"last_name\":\"" + name + "\",\"email\":null,\"job_title\":\"CTO\"}");
        var reordered = post(
                "/api/contacts",
                ADMIN,
                key,
                "{\n  \"job_title\" : \"CTO\",\n  \"email\": null,\n\t\"last_name\": \"" + name
                        + "\",  \"first_name\":\"\\u00d6d\\u00f6n\"\n}\n");

        var anotherValue = post(
                "/api/contacts",
                ADMIN,
                key,
                "{\"first_name\":\"Odon\",\"last_name\":\"" + name + "\",\"email\":null,\"job_title\":\"CTO\"}");

        assertEquals(201, first.status(), first::toString);
        assertReplayOf(first, reordered);
        assertEquals("idempotency_key_reused", anotherValue.error(), "one value differs: " + anotherValue);
        assertEquals(1, contactsNamed(name));
    }

    @Test
    void two_callers_with_the_same_key_string_each_get_their_own_contact() {
        String name = unique("Shared");
        String key = "order-42";

        var admins = post("/api/contacts", ADMIN, key + name, contact(name));
        var members = post("/api/contacts", MEMBER, key + name, contact(name));

        assertEquals(201, admins.status(), admins::toString);
        assertEquals(201, members.status(), members::toString);
        assertNull(members.header(REPLAYED), "the member's request ran: it is not the admin's answer");
        assertNotEquals(
                admins.json().path("data").path("id").asLong(),
                members.json().path("data").path("id").asLong());
        assertEquals("u-1001", members.json().path("data").path("created_by").asText());
        assertEquals(2, contactsNamed(name));
        assertReplayOf(admins, post("/api/contacts", ADMIN, key + name, contact(name)));
        assertReplayOf(members, post("/api/contacts", MEMBER, key + name, contact(name)));
        assertEquals(2, contactsNamed(name));
    }

    @Test
    void a_request_refused_before_it_changed_anything_keeps_nothing_so_a_fixed_retry_with_the_key_runs() {
        String name = unique("Fixed");

        String unauthenticatedKey = newKey();
        var noToken = post("/api/contacts", null, unauthenticatedKey, contact(name));
        assertEquals(401, noToken.status(), noToken::toString);
        var withToken = post("/api/contacts", ADMIN, unauthenticatedKey, contact(name));
        assertEquals(201, withToken.status(), withToken::toString);
        assertNull(withToken.header(REPLAYED));

        String forbiddenKey = newKey();
        var forbidden = post("/api/contacts", TestTokens.MEMBER_WITHOUT_POLICIES, forbiddenKey, contact(name));
        assertEquals(403, forbidden.status(), forbidden::toString);
        assertEquals(0, keysOf("user:u-1002"), "a refused caller keeps no key");
        // The same user granted contacts since (a new token, so no cached policies): the key is still free.
        crm.identity
                .user("tok-bela-granted", TestTokens.memberWithoutPolicies())
                .policies("tok-bela-granted", TestTokens.memberPolicies());
        var granted = post("/api/contacts", "tok-bela-granted", forbiddenKey, contact(name));
        assertEquals(201, granted.status(), granted::toString);
        assertNull(granted.header(REPLAYED));
        assertEquals("u-1002", granted.json().path("data").path("created_by").asText());

        String invalidKey = newKey();
        var invalid = post("/api/contacts", ADMIN, invalidKey, "{\"email\": \"not an address\"}");
        assertEquals(422, invalid.status(), invalid::toString);
        assertEquals("validation_failed", invalid.error());
        var fixed = post("/api/contacts", ADMIN, invalidKey, contact(name));
        assertEquals(201, fixed.status(), fixed::toString);
        assertNull(fixed.header(REPLAYED), "the fixed request ran");

        String malformedKey = newKey();
        var malformed = post("/api/contacts", ADMIN, malformedKey, "{\"first_name\": ");
        assertEquals(400, malformed.status(), malformed::toString);
        var wellFormed = post("/api/contacts", ADMIN, malformedKey, contact(name));
        assertEquals(201, wellFormed.status(), wellFormed::toString);
        assertNull(wellFormed.header(REPLAYED));

        assertEquals(4, contactsNamed(name));
        assertReplayOf(fixed, post("/api/contacts", ADMIN, invalidKey, contact(name)));
    }

    @Test
    void a_malformed_key_is_400_naming_the_header_and_runs_nothing() {
        String name = unique("Malformed");
        var raw = new RawHttpClient("127.0.0.1", crm.app.port(), Duration.ofSeconds(10));
        List<String> badHeaders = List.of(
                KEY + ": \r\n",
                KEY + ": " + "k".repeat(256) + "\r\n",
                KEY + ": caf\u00e9\r\n",
                KEY + ": tab\there\r\n",
                KEY + ": one\r\n" + KEY + ": one\r\n");
        for (String header : badHeaders) {
            String body = contact(name);
            byte[] request = ("POST /api/contacts HTTP/1.1\r\n"
                            + "Host: 127.0.0.1\r\n"
                            + "Authorization: Bearer " + ADMIN + "\r\n"
                            + "Content-Type: application/json\r\n"
                            + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                            + header
                            + "Connection: close\r\n\r\n"
                            + body)
                    .getBytes(StandardCharsets.UTF_8);

            var answer = raw.exchange(request, "POST");

            String what = header.strip() + " -> " + answer.status() + " " + answer.bodyText();
            assertEquals(400, answer.status(), what);
            assertTrue(answer.bodyText().contains("\"error\":\"malformed_request\""), what);
            assertTrue(answer.bodyText().contains(KEY), what);
        }
        var longest = post("/api/contacts", ADMIN, "k".repeat(255), contact(name));
        assertEquals(201, longest.status(), "255 characters are a key: " + longest);
        assertEquals(1, contactsNamed(name));
    }

    @Test
    void the_header_is_ignored_on_methods_other_than_post() {
        String name = unique("Patched");
        var created = post("/api/contacts", ADMIN, null, contact(name));
        long id = created.json().path("data").path("id").asLong();

        var patched = crm.send(crm.request("/api/contacts/" + id, ADMIN)
                .header("Content-Type", "application/json")
                .header(KEY, "")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"job_title\": \"CTO\"}")));

        assertEquals(200, patched.status(), patched::toString);
        assertNull(patched.header(REPLAYED));
    }

    @Test
    void posts_on_other_entities_replay_too_a_timer_start_and_a_task_move() {
        var project = post("/api/projects", ADMIN, newKey(), "{\"name\": \"" + unique("Launch") + "\"}");
        assertEquals(201, project.status(), project::toString);
        long projectId = project.json().path("data").path("id").asLong();

        String startKey = newKey();
        String start = "{\"project_id\": " + projectId + ", \"user_id\": \"" + TIMEKEEPER + "\"}";
        var started = post("/api/time-entries/start", ADMIN, startKey, start);
        var startedAgain = post("/api/time-entries/start", ADMIN, startKey, start);
        assertEquals(201, started.status(), started::toString);
        // Without the key this second start would be 422 timer_already_running.
        assertReplayOf(started, startedAgain);
        assertEquals(
                1,
                count("SELECT count(*) FROM time_entries WHERE user_id = ? AND project_id = " + projectId, TIMEKEEPER));
        var plainRestart = post("/api/time-entries/start", ADMIN, null, start);
        assertEquals("timer_already_running", plainRestart.error(), plainRestart::toString);

        var task = post("/api/tasks", ADMIN, null, "{\"title\": \"Ship\", \"project_id\": " + projectId + "}");
        assertEquals(201, task.status(), task::toString);
        long taskId = task.json().path("data").path("id").asLong();
        String moveKey = newKey();
        var moved = post("/api/tasks/" + taskId + "/move", ADMIN, moveKey, "{\"status\": \"done\", \"position\": 0}");
        var movedAgain =
                post("/api/tasks/" + taskId + "/move", ADMIN, moveKey, "{\"position\": 0, \"status\": \"done\"}");
        assertEquals(200, moved.status(), moved::toString);
        assertReplayOf(moved, movedAgain);
        assertEquals(
                1,
                count(
                        "SELECT count(*) FROM activity_log WHERE subject_type = 'task' AND event = 'moved'"
                                + " AND subject_id = ?",
                        Long.toString(taskId)),
                "the move ran once");
    }

    @Test
    void the_document_offers_the_header_on_every_guarded_post_and_on_nothing_else() {
        var document = crm.get("/openapi.json", null).json();
        var withHeader = new TreeSet<String>();
        var guardedPosts = new TreeSet<String>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String name = operation.getKey() + " " + path.getKey();
                    boolean guarded = operation.getValue().has("x-permission");
                    if ("post".equals(operation.getKey()) && guarded) {
                        guardedPosts.add(name);
                    }
                    operation.getValue().path("parameters").forEach(parameter -> {
                        if (parameter.path("$ref").asText().equals("#/components/parameters/IdempotencyKey")) {
                            withHeader.add(name);
                        }
                    });
                }));

        assertTrue(guardedPosts.contains("post /api/contacts"), guardedPosts::toString);
        assertTrue(guardedPosts.contains("post /api/time-entries/start"), guardedPosts::toString);
        assertEquals(guardedPosts, withHeader);
        var parameter = document.path("components").path("parameters").path("IdempotencyKey");
        assertEquals("Idempotency-Key", parameter.path("name").asText());
        assertEquals("header", parameter.path("in").asText());
        assertEquals(255, parameter.path("schema").path("maxLength").asInt());
    }

    @Test
    void replays_are_counted_in_the_metrics() {
        String name = unique("Counted");
        String key = newKey();
        post("/api/contacts", ADMIN, key, contact(name));
        post("/api/contacts", ADMIN, key, contact(name));

        var metrics = crm.get("/metrics", null);

        assertEquals(200, metrics.status());
        Set<String> lines = new TreeSet<>();
        metrics.body()
                .lines()
                .filter(l -> l.startsWith("http_server_idempotent_replays_total{"))
                .forEach(lines::add);
        assertTrue(
                lines.stream().anyMatch(l -> l.contains("uri=\"/api/contacts\"") && l.contains("method=\"POST\"")),
                () -> "replays by route: " + lines);
    }
}
