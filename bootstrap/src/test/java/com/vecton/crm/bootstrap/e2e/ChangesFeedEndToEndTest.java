package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The six changes feeds over HTTP ({@code GET /api/{type}/changes}): the first call and paging,
 * tombstones of soft-deleted records and of a label deleted for good, a restore, what a caller may
 * see (the list's rules, own time without manage), malformed and expired cursors, {@code per_page}
 * and the route permission. On a database of its own, so that no other test's writes show up.
 */
class ChangesFeedEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String P = TestTokens.FQN_PREFIX;
    private static final String MEMBER_ID = "u-cf-member";
    private static final String OTHER_ID = "u-cf-other";
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    /** Each time entry its own hour, so that no two of one user overlap. */
    private static final AtomicInteger HOURS = new AtomicInteger();

    private static CrmHarness crm;
    private static long project;

    @BeforeAll
    static void start() {
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of());
        crm.sql(c -> c.createStatement().executeUpdate("""
                INSERT INTO tenant_users (id, name, email, is_active) VALUES
                    ('u-admin', 'Ada Admin', 'ada@vecton.test', true),
                    ('u-cf-member', 'Mara Member', 'mara@acme.test', true),
                    ('u-cf-other', 'Olga Other', 'olga@acme.test', true)"""));
        project = created("/api/projects", "{\"name\": \"Feed\"}");
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static long created(String path, String json) {
        var result = crm.post(path, ADMIN, json);
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data").path("id").asLong();
    }

    private static String unique(String name) {
        return name + " " + UNIQUE.incrementAndGet();
    }

    private static String timeEntry(String userId) {
        int hour = HOURS.incrementAndGet();
        Instant start = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofHours(hour));
        return "{\"user_id\": \"" + userId + "\", \"project_id\": " + project + ", \"started_at\": \"" + start
                + "\", \"ended_at\": \"" + start.plus(Duration.ofMinutes(30)) + "\"}";
    }

    /** How to make a record of each of the six types, as the administrator. */
    private static Map<String, Supplier<Long>> creators() {
        var creators = new LinkedHashMap<String, Supplier<Long>>();
        creators.put("/api/contacts", () -> created("/api/contacts", "{\"first_name\": \"" + unique("Ödön") + "\"}"));
        creators.put(
                "/api/companies", () -> created("/api/companies", "{\"name\": \"" + unique("Tiszai Malom") + "\"}"));
        creators.put("/api/projects", () -> created("/api/projects", "{\"name\": \"" + unique("Aratás") + "\"}"));
        creators.put("/api/task-labels", () -> created("/api/task-labels", "{\"name\": \"" + unique("Sürgős") + "\"}"));
        creators.put(
                "/api/tasks",
                () -> created(
                        "/api/tasks", "{\"title\": \"" + unique("Kaszálás") + "\", \"project_id\": " + project + "}"));
        creators.put("/api/time-entries", () -> created("/api/time-entries", timeEntry("u-admin")));
        return creators;
    }

    private static String token(String userId, FakePolicy... policies) {
        String token = "tok-cf-" + userId + "-" + System.nanoTime();
        crm.identity.user(
                token,
                FakeUser.withId(userId)
                        .named(userId)
                        .email(userId + "@acme.test")
                        .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME));
        crm.identity.policies(token, FakePolicy.list(policies));
        return token;
    }

    private static ChangesFeed feed(String collection, String token) {
        return new ChangesFeed(crm, collection + "/changes", token);
    }

    private static JsonNode item(String collection, long id) {
        var result = crm.get(collection + "/" + id, ADMIN);
        assertEquals(200, result.status(), result::toString);
        return result.json().path("data");
    }

    @Test
    void every_route_serves_its_records_from_the_first_call_and_in_pages_of_per_page() {
        creators().forEach((collection, create) -> {
            var feed = feed(collection, ADMIN);
            long before = create.get();
            String base = feed.cursorAfter(before);
            var ids = List.of(create.get(), create.get(), create.get());
            feed.syncUntil(base, seen -> seen.keySet().containsAll(ids));

            var fromStart = feed.syncUntil(null, seen -> seen.keySet().containsAll(ids));
            assertTrue(fromStart.latest().containsKey(before), collection + ": the first call starts at the start");
            for (long id : List.of(before, ids.get(0), ids.get(1), ids.get(2))) {
                assertEquals(
                        item(collection, id),
                        fromStart.latest().get(id),
                        collection + ": a live record is its item route's JSON");
            }

            var pages = feed.drain(base, 2);
            var served = new ArrayList<Long>();
            for (int i = 0; i < pages.size(); i++) {
                var page = pages.get(i);
                assertTrue(page.data().size() <= 2, () -> collection + ": more than per_page: " + page);
                assertEquals(i < pages.size() - 1, page.hasMore(), () -> collection + ": has_more of " + pages);
                served.addAll(page.ids());
            }
            assertTrue(pages.size() >= 2, () -> collection + ": three changes in pages of two: " + pages);
            assertEquals(ids, served.stream().filter(ids::contains).toList(), collection + ": oldest change first");

            var caughtUp = pages.getLast().next();
            var after = feed.page(caughtUp, null);
            assertTrue(ChangesFeed.xidOf(caughtUp) > 0, "a page that ends the feed moves the cursor up to the horizon");
            assertFalse(after.ids().stream().anyMatch(ids::contains), () -> collection + ": served twice: " + after);
        });
    }

    @Test
    void a_soft_deleted_record_is_a_tombstone_and_a_restore_brings_the_full_record_back() {
        for (String collection :
                List.of("/api/contacts", "/api/companies", "/api/projects", "/api/tasks", "/api/time-entries")) {
            var feed = feed(collection, ADMIN);
            long id = creators().get(collection).get();
            String live = feed.cursorAfter(id);
            assertEquals(204, crm.delete(collection + "/" + id, ADMIN).status());

            var deleted = feed.syncUntil(live, seen -> seen.containsKey(id));
            JsonNode tombstone = deleted.latest().get(id);
            assertTrue(ChangesFeed.isTombstone(tombstone), () -> collection + ": a tombstone: " + tombstone);
            assertEquals(id, tombstone.path("id").asLong());
            assertNotNull(Instant.parse(tombstone.path("deleted_at").asText()));

            var restored = crm.post(collection + "/" + id + "/restore", ADMIN, "");
            assertEquals(200, restored.status(), restored::toString);
            var back = feed.syncUntil(deleted.cursor(), seen -> seen.containsKey(id));
            assertEquals(item(collection, id), back.latest().get(id), collection + ": the record in full");
        }
    }

    @Test
    void a_label_deleted_for_good_leaves_a_tombstone_and_its_tasks_come_again_without_it() {
        long label = created("/api/task-labels", "{\"name\": \"" + unique("Titkos") + "\"}");
        long task = created(
                "/api/tasks",
                "{\"title\": \"Címkés\", \"project_id\": " + project + ", \"label_ids\": [" + label + "]}");
        var labels = feed("/api/task-labels", ADMIN);
        var tasks = feed("/api/tasks", ADMIN);
        String labelsBefore = labels.cursorAfter(label);
        String tasksBefore = tasks.cursorAfter(task);

        assertEquals(204, crm.delete("/api/task-labels/" + label, ADMIN).status());

        JsonNode tombstone = labels.syncUntil(labelsBefore, seen -> seen.containsKey(label))
                .latest()
                .get(label);
        assertTrue(ChangesFeed.isTombstone(tombstone), tombstone::toString);
        JsonNode retagged = tasks.syncUntil(tasksBefore, seen -> seen.containsKey(task))
                .latest()
                .get(task);
        assertEquals(0, retagged.path("label_ids").size(), retagged::toString);
        assertEquals(item("/api/tasks", task), retagged);
    }

    @Test
    void a_record_the_caller_may_not_view_is_never_in_the_feed_not_even_as_a_tombstone() {
        long shown = created("/api/contacts", "{\"first_name\": \"Látható\"}");
        long hidden = created("/api/contacts", "{\"first_name\": \"Rejtett\"}");
        String token = token(
                MEMBER_ID,
                FakePolicy.allow(P + "contacts.*"),
                FakePolicy.deny(P + "contacts.view").on("crm:contacts/" + hidden));
        var feed = feed("/api/contacts", token);
        var first = feed.syncUntil(null, seen -> seen.containsKey(shown));
        assertFalse(first.latest().containsKey(hidden), "the feed shows what the list shows");

        assertEquals(204, crm.delete("/api/contacts/" + hidden, ADMIN).status());
        assertEquals(204, crm.delete("/api/contacts/" + shown, ADMIN).status());
        var after = feed.syncUntil(first.cursor(), seen -> seen.containsKey(shown));
        assertTrue(ChangesFeed.isTombstone(after.latest().get(shown)));
        assertFalse(after.latest().containsKey(hidden), "no tombstone of a record the caller could not see");
    }

    @Test
    void a_conditional_policy_shows_what_the_list_shows_and_a_task_reassigned_away_stops_appearing() {
        String token = token(
                MEMBER_ID,
                FakePolicy.allow(P + "tasks.list", P + "tasks.view")
                        .when("StringEquals", "resource.assignee_ids", MEMBER_ID));
        long mine = created(
                "/api/tasks",
                "{\"title\": \"Enyém\", \"project_id\": " + project + ", \"assignee_ids\": [\"" + MEMBER_ID + "\"]}");
        long others = created(
                "/api/tasks",
                "{\"title\": \"Másé\", \"project_id\": " + project + ", \"assignee_ids\": [\"" + OTHER_ID + "\"]}");
        var feed = feed("/api/tasks", token);
        var first = feed.syncUntil(null, seen -> seen.containsKey(mine));
        assertFalse(first.latest().containsKey(others), "a task the caller may not view is not in the feed");

        var listed = crm.get("/api/tasks?per_page=100", token);
        assertEquals(200, listed.status(), listed::toString);
        var listIds = new ArrayList<Long>();
        listed.json().path("data").forEach(task -> listIds.add(task.path("id").asLong()));
        assertEquals(
                listIds.stream().sorted().toList(),
                first.latest().keySet().stream().sorted().toList(),
                "the feed shows exactly the tasks the list shows");

        var away = crm.patch("/api/tasks/" + mine, ADMIN, "{\"assignee_ids\": [\"" + OTHER_ID + "\"]}");
        assertEquals(200, away.status(), away::toString);
        long later = created(
                "/api/tasks",
                "{\"title\": \"Újabb\", \"project_id\": " + project + ", \"assignee_ids\": [\"" + MEMBER_ID + "\"]}");
        var after = feed.syncUntil(first.cursor(), seen -> seen.containsKey(later));
        assertFalse(
                after.latest().containsKey(mine),
                "a record that is no longer visible simply stops appearing, without a tombstone: " + after.latest());
    }

    @Test
    void time_entries_of_other_users_are_in_the_feed_only_with_manage() {
        long own = created("/api/time-entries", timeEntry(MEMBER_ID));
        long othersEntry = created("/api/time-entries", timeEntry(OTHER_ID));
        String ownTime = token(MEMBER_ID, FakePolicy.allow(P + "time_entries.list"));
        var member = feed("/api/time-entries", ownTime).syncUntil(null, seen -> seen.containsKey(own));
        assertFalse(member.latest().containsKey(othersEntry), "another user's time needs time_entries.manage");
        assertTrue(
                member.latest().values().stream()
                        .allMatch(entry -> entry.path("user_id").asText().equals(MEMBER_ID)),
                member.latest()::toString);

        String manager = token(MEMBER_ID, FakePolicy.allow(P + "time_entries.list", P + "time_entries.manage"));
        feed("/api/time-entries", manager)
                .syncUntil(null, seen -> seen.containsKey(own) && seen.containsKey(othersEntry));
    }

    @Test
    void a_cursor_the_feed_did_not_write_is_a_422_naming_cursor() {
        var feed = feed("/api/contacts", ADMIN);
        for (String bad : List.of(
                "not-a-cursor!",
                "%20x",
                "djEuMS4x", // v1.1.1
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("v1.1.1.".getBytes()),
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("v1.1.1.1.1".getBytes()),
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("v1.01.1.1".getBytes()),
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("v2.1.1.1".getBytes()),
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("v1.x.1.1".getBytes()),
                java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("v1.99999999999999999999.1.1".getBytes()))) {
            var answer = feed.call(bad, null);
            assertEquals(422, answer.status(), () -> bad + ": " + answer);
            assertEquals("validation_failed", answer.error());
            assertTrue(answer.json().path("errors").has("cursor"), answer::toString);
        }
        for (String bad : List.of("0", "-1", "abc")) {
            var answer = crm.get("/api/contacts/changes?per_page=" + bad, ADMIN);
            assertEquals(422, answer.status(), () -> bad + ": " + answer);
            assertTrue(answer.json().path("errors").has("per_page"), answer::toString);
        }
    }

    @Test
    void a_cursor_issued_more_than_30_days_ago_is_410_sync_cursor_expired() {
        var feed = feed("/api/contacts", ADMIN);
        var expired = feed.call(
                ChangesFeed.cursor(0, 0, Instant.now().minus(Duration.ofDays(30).plusMinutes(1))), null);
        assertEquals(410, expired.status(), expired::toString);
        assertEquals("sync_cursor_expired", expired.error());
        assertTrue(expired.header("Content-Type").startsWith("application/problem+json"), expired::toString);

        assertEquals(
                200,
                feed.call(ChangesFeed.cursor(0, 0, Instant.now().minus(Duration.ofDays(29))), null)
                        .status());
    }

    /**
     * A cursor's time is when its client last caught up: paging through a backlog keeps it, a page
     * that ends the feed renews it (see SyncCursor).
     */
    @Test
    void a_cursor_keeps_its_time_while_the_client_pages_and_renews_it_once_caught_up() {
        long first = created("/api/contacts", "{\"first_name\": \"Első\"}");
        long second = created("/api/contacts", "{\"first_name\": \"Második\"}");
        var feed = feed("/api/contacts", ADMIN);
        feed.syncUntil(null, seen -> seen.containsKey(first) && seen.containsKey(second));
        Instant tenDaysAgo =
                Instant.now().minus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var paging = feed.page(ChangesFeed.cursor(0, 0, tenDaysAgo), 1);
        assertTrue(paging.hasMore(), paging::toString);
        assertEquals(tenDaysAgo, ChangesFeed.issuedAt(paging.next()));

        var pages = feed.drain(paging.next(), 500);
        Instant renewed = ChangesFeed.issuedAt(pages.getLast().next());
        assertTrue(renewed.isAfter(Instant.now().minusSeconds(60)), () -> "caught up, renewed: " + renewed);
    }

    @Test
    void per_page_defaults_to_100_and_is_capped_at_500() {
        var feed = feed("/api/contacts", ADMIN);
        long marker = created("/api/contacts", "{\"first_name\": \"Jelző\"}");
        String base = feed.cursorAfter(marker);
        crm.sql(c -> c.createStatement().executeUpdate("""
                INSERT INTO contacts (first_name, created_at, updated_at)
                SELECT 'Tömeg ' || g, now(), now() FROM generate_series(1, 600) AS g"""));
        feed.syncUntil(base, seen -> seen.size() >= 600);

        var capped = feed.page(base, 100_000);
        assertEquals(500, capped.data().size());
        assertTrue(capped.hasMore());
        var byDefault = feed.page(base, null);
        assertEquals(100, byDefault.data().size());
        assertTrue(byDefault.hasMore());
    }

    @Test
    void the_feed_needs_the_list_permission_of_its_type() {
        for (String type : List.of("contacts", "companies", "projects", "task_labels", "tasks", "time_entries")) {
            String route = "/api/" + type.replace('_', '-') + "/changes";
            var anonymous = crm.get(route, null);
            assertEquals(401, anonymous.status(), () -> route + ": " + anonymous);
            assertEquals("token_missing", anonymous.error());

            String notList =
                    token(MEMBER_ID, FakePolicy.allow(P + type + ".view", P + type + ".create", P + type + ".update"));
            var refused = crm.get(route, notList);
            assertEquals(403, refused.status(), () -> route + ": " + refused);
            assertEquals("permission_denied", refused.error());

            String list = token(MEMBER_ID, FakePolicy.allow(P + type + ".*"));
            assertEquals(200, crm.get(route, list).status(), route);
        }
    }
}
