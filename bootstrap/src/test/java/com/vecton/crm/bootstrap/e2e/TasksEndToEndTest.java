package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tasks over HTTP, end to end: CRUD, board order, restore, and the check on the loaded task that
 * makes allows and denies conditioned on {@code resource.*} apply (identity.md section 4).
 */
class TasksEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String P = TestTokens.FQN_PREFIX;
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
        crm.sql(c -> c.createStatement().executeUpdate("""
                INSERT INTO tenant_users (id, name, email, is_active) VALUES
                    ('u-t-anna', 'Anna Assignee', 'anna@acme.test', true),
                    ('u-t-bence', 'Bence Other', 'bence@acme.test', true)
                ON CONFLICT (id) DO NOTHING"""));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static String token(String name, FakeUser user, List<?> policies) {
        String token = "tok-" + name + "-" + System.nanoTime();
        crm.identity.user(token, user);
        crm.identity.policies(token, policies);
        return token;
    }

    private static FakeUser user(String id) {
        return FakeUser.withId(id)
                .named(id)
                .email(id + "@acme.test")
                .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME);
    }

    private static long project() {
        var result = crm.post("/api/projects", ADMIN, "{\"name\": \"Board " + System.nanoTime() + "\"}");
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data").path("id").asLong();
    }

    private static JsonNode task(String token, long project, String title, String extra) {
        var result = crm.post(
                "/api/tasks", token, "{\"title\": \"" + title + "\", \"project_id\": " + project + extra + "}");
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data");
    }

    private static void assertDenied(HttpResult result) {
        assertEquals(403, result.status(), result::toString);
        assertEquals("permission_denied", result.error(), result::toString);
    }

    private static List<String> titles(JsonNode tasks) {
        var titles = new ArrayList<String>();
        tasks.forEach(t -> titles.add(t.path("title").asText()));
        return titles;
    }

    @Test
    void an_admin_creates_edits_moves_deletes_and_restores_a_task() {
        long project = project();
        var created = task(ADMIN, project, "Write spec", ", \"priority\": \"high\", \"assignee_ids\": [\"u-t-anna\"]");
        long id = created.path("id").asLong();
        assertEquals("todo", created.path("status").asText());
        assertEquals(0, created.path("position").asInt());
        assertEquals("u-t-anna", created.path("assignee_ids").get(0).asText());
        assertEquals("u-admin", created.path("created_by").asText());

        assertEquals(
                "Write spec",
                crm.get("/api/tasks/" + id, ADMIN)
                        .json()
                        .path("data")
                        .path("title")
                        .asText());
        var patched = crm.patch("/api/tasks/" + id, ADMIN, "{\"title\": \"Write the spec\"}");
        assertEquals(200, patched.status(), patched::toString);
        assertEquals("high", patched.json().path("data").path("priority").asText());
        var put = crm.put("/api/tasks/" + id, ADMIN, "{\"title\": \"Spec\", \"project_id\": " + project + "}");
        assertEquals(200, put.status(), put::toString);
        assertEquals("normal", put.json().path("data").path("priority").asText());

        var moved = crm.post("/api/tasks/" + id + "/move", ADMIN, "{\"status\": \"done\", \"position\": 9}");
        assertEquals(200, moved.status(), moved::toString);
        assertEquals("done", moved.json().path("data").path("status").asText());
        assertTrue(moved.json().path("data").hasNonNull("completed_at"), moved::toString);

        assertEquals(204, crm.delete("/api/tasks/" + id, ADMIN).status());
        assertEquals(404, crm.get("/api/tasks/" + id, ADMIN).status());
        var restored = crm.post("/api/tasks/" + id + "/restore", ADMIN, "{}");
        assertEquals(200, restored.status(), restored::toString);
        assertTrue(restored.json().path("data").path("deleted_at").isNull(), restored::toString);
        assertEquals(200, crm.get("/api/tasks/" + id, ADMIN).status());
    }

    @Test
    void the_board_shows_every_column_in_position_order_after_a_move() {
        long project = project();
        task(ADMIN, project, "A", "");
        task(ADMIN, project, "B", "");
        long c = task(ADMIN, project, "C", "").path("id").asLong();
        task(ADMIN, project, "D", ", \"status\": \"review\"");
        assertEquals(
                200,
                crm.post("/api/tasks/" + c + "/move", ADMIN, "{\"status\": \"todo\", \"position\": 0}")
                        .status());

        var board = crm.get("/api/projects/" + project + "/board", ADMIN);
        assertEquals(200, board.status(), board::toString);
        var columns = board.json().path("data").path("columns");
        assertEquals(project, board.json().path("data").path("project_id").asLong());
        assertEquals(List.of("C", "A", "B"), titles(columns.path("todo")));
        assertEquals(List.of(), titles(columns.path("in_progress")));
        assertEquals(List.of("D"), titles(columns.path("review")));
        assertEquals(List.of(), titles(columns.path("done")));

        var list = crm.get("/api/projects/" + project + "/tasks?sort=title", ADMIN);
        assertEquals(200, list.status(), list::toString);
        assertEquals(List.of("A", "B", "C", "D"), titles(list.json().path("data")));
        assertEquals(4, list.json().path("meta").path("total").asInt(), list::toString);
    }

    @Test
    void an_assignee_policy_lets_the_assignee_update_their_own_task_but_not_another() {
        long project = project();
        long own = task(ADMIN, project, "Anna's", ", \"assignee_ids\": [\"u-t-anna\"]")
                .path("id")
                .asLong();
        long other = task(ADMIN, project, "Bence's", ", \"assignee_ids\": [\"u-t-bence\"]")
                .path("id")
                .asLong();
        String anna = token(
                "anna",
                user("u-t-anna"),
                FakePolicy.list(FakePolicy.allow(P + "tasks.view", P + "tasks.update")
                        .when("StringEquals", "resource.assignee_ids", "${user.id}")));

        assertEquals(200, crm.get("/api/tasks/" + own, anna).status());
        var updated = crm.patch("/api/tasks/" + own, anna, "{\"title\": \"Anna's, done soon\"}");
        assertEquals(200, updated.status(), updated::toString);
        assertEquals(
                200,
                crm.post("/api/tasks/" + own + "/move", anna, "{\"status\": \"review\", \"position\": 0}")
                        .status());

        assertDenied(crm.get("/api/tasks/" + other, anna));
        assertDenied(crm.patch("/api/tasks/" + other, anna, "{\"title\": \"taken over\"}"));
        assertDenied(crm.post("/api/tasks/" + other + "/move", anna, "{\"status\": \"done\", \"position\": 0}"));
        assertEquals(
                "Bence's",
                crm.get("/api/tasks/" + other, ADMIN)
                        .json()
                        .path("data")
                        .path("title")
                        .asText());
    }

    @Test
    void a_deny_conditioned_on_the_project_overrides_an_allow() {
        long open = project();
        long closed = project();
        long inOpen = task(ADMIN, open, "Open", "").path("id").asLong();
        long inClosed = task(ADMIN, closed, "Closed", "").path("id").asLong();
        String bence = token(
                "bence",
                user("u-t-bence"),
                FakePolicy.list(
                        FakePolicy.allow(P + "tasks.*"),
                        FakePolicy.deny(P + "tasks.update", P + "tasks.create", P + "tasks.list")
                                .when("StringEquals", "resource.project_id", Long.toString(closed))));

        assertEquals(
                200,
                crm.patch("/api/tasks/" + inOpen, bence, "{\"title\": \"Open!\"}")
                        .status());
        assertDenied(crm.patch("/api/tasks/" + inClosed, bence, "{\"title\": \"Closed!\"}"));
        assertDenied(crm.post("/api/tasks", bence, "{\"title\": \"New\", \"project_id\": " + closed + "}"));
        assertEquals(
                201,
                crm.post("/api/tasks", bence, "{\"title\": \"New\", \"project_id\": " + open + "}")
                        .status());
        assertEquals(200, crm.get("/api/tasks/" + inClosed, bence).status());
        assertEquals(200, crm.get("/api/projects/" + open + "/board", bence).status());
        assertDenied(crm.get("/api/projects/" + closed + "/board", bence));
        assertDenied(crm.get("/api/projects/" + closed + "/tasks", bence));
        assertEquals(
                "Closed",
                crm.get("/api/tasks/" + inClosed, ADMIN)
                        .json()
                        .path("data")
                        .path("title")
                        .asText());
    }

    /**
     * A list shows exactly the tasks the caller could open one by one: allows and denies
     * conditioned on a task's assignees (or creator, status, project) become a filter in the
     * query, so the total counts only those. Conditions the store cannot filter on fail closed.
     */
    @Test
    void a_list_shows_exactly_the_tasks_the_caller_may_view() {
        long project = project();
        task(ADMIN, project, "Anna's", ", \"assignee_ids\": [\"u-t-anna\"]");
        task(ADMIN, project, "Both", ", \"assignee_ids\": [\"u-t-anna\", \"u-t-bence\"]");
        task(ADMIN, project, "Bence's", ", \"assignee_ids\": [\"u-t-bence\"]");
        task(ADMIN, project, "Nobody's", "");

        String own = token(
                "anna-list",
                user("u-t-anna"),
                FakePolicy.list(FakePolicy.allow(P + "tasks.list", P + "tasks.view")
                        .when("StringEquals", "resource.assignee_ids", "${user.id}")));
        for (String path : List.of(
                "/api/tasks?sort=title&project_id=" + project, "/api/projects/" + project + "/tasks?sort=title")) {
            var mine = crm.get(path, own);
            assertEquals(200, mine.status(), mine::toString);
            assertEquals(List.of("Anna's", "Both"), titles(mine.json().path("data")), path);
            assertEquals(2, mine.json().path("meta").path("total").asInt(), mine::toString);
        }
        var board = crm.get("/api/projects/" + project + "/board", own);
        assertDenied(board);
        assertTrue(board.json().path("detail").asText().contains("/tasks lists those you may see"), board::toString);

        String notWithBence = token(
                "anna-deny",
                user("u-t-anna"),
                FakePolicy.list(
                        FakePolicy.allow(P + "tasks.*"),
                        FakePolicy.deny(P + "tasks.view").when("StringEquals", "resource.assignee_ids", "u-t-bence")));
        assertEquals(
                List.of("Anna's", "Nobody's"),
                titles(crm.get("/api/projects/" + project + "/tasks?sort=title", notWithBence)
                        .json()
                        .path("data")));

        // Listing shows every task's content: list allowed outright, view only on one's own tasks.
        String viewsOwnOnly = token(
                "anna-own",
                user("u-t-anna"),
                FakePolicy.list(
                        FakePolicy.allow(P + "tasks.list"),
                        FakePolicy.allow(P + "tasks.view")
                                .when("StringEquals", "resource.assignee_ids", "${user.id}")));
        assertEquals(
                List.of("Anna's", "Both"),
                titles(crm.get("/api/projects/" + project + "/tasks?sort=title", viewsOwnOnly)
                        .json()
                        .path("data")));

        // A condition the store cannot filter on: the allow shows nothing, so the list is refused and says why.
        String byTitle = token(
                "anna-title",
                user("u-t-anna"),
                FakePolicy.list(FakePolicy.allow(P + "tasks.list", P + "tasks.view")
                        .when("StringLike", "resource.title", "A*")));
        var refused = crm.get("/api/tasks", byTitle);
        assertDenied(refused);
        assertTrue(refused.json().path("detail").asText().contains("StringEquals"), refused::toString);

        // The project all of a project's tasks share is decided at once, whatever the operator.
        String byProject = token(
                "anna-project",
                user("u-t-anna"),
                FakePolicy.list(FakePolicy.allow(P + "tasks.list", P + "tasks.view")
                        .when("NumericEquals", "resource.project_id", project)));
        var listed = crm.get("/api/projects/" + project + "/tasks", byProject);
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(4, listed.json().path("meta").path("total").asInt(), listed::toString);
        assertDenied(crm.get("/api/tasks", byProject));

        String unconditional = token(
                "anna-all", user("u-t-anna"), FakePolicy.list(FakePolicy.allow(P + "tasks.list", P + "tasks.view")));
        assertEquals(
                4,
                crm.get("/api/tasks?project_id=" + project, unconditional)
                        .json()
                        .path("meta")
                        .path("total")
                        .asInt());
    }

    /** Both task lists, with the query string to come: all tasks (of the project) and the project's own list. */
    private static List<String> lists(long project) {
        return List.of(
                "/api/tasks?sort=title&project_id=" + project + "&", "/api/projects/" + project + "/tasks?sort=title&");
    }

    private static List<String> listed(String path, String token) {
        var result = crm.get(path, token);
        assertEquals(200, result.status(), () -> path + ": " + result);
        var titles = titles(result.json().path("data"));
        assertEquals(titles.size(), result.json().path("meta").path("total").asInt(), () -> path + ": " + result);
        return titles;
    }

    private static long label(String name) {
        var result = crm.post(
                "/api/task-labels", ADMIN, "{\"name\": \"" + name + " " + System.nanoTime() % 1_000_000 + "\"}");
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data").path("id").asLong();
    }

    private static void refused(HttpResult result, String field, String message) {
        assertEquals(422, result.status(), result::toString);
        assertEquals("validation_failed", result.error(), result::toString);
        var messages = new ArrayList<String>();
        result.json().path("errors").path(field).forEach(m -> messages.add(m.asText()));
        assertEquals(List.of(message), messages, result::toString);
    }

    /** The work-management issue: {@code assignee_id=me} means the caller, as {@code actor=me} does on the activity log. */
    @Test
    void assignee_id_me_lists_the_callers_own_tasks_on_both_lists() {
        long project = project();
        task(ADMIN, project, "Anna's", ", \"assignee_ids\": [\"u-t-anna\"]");
        task(ADMIN, project, "Both", ", \"assignee_ids\": [\"u-t-anna\", \"u-t-bence\"]");
        task(ADMIN, project, "Bence's", ", \"assignee_ids\": [\"u-t-bence\"]");
        task(ADMIN, project, "Nobody's", "");
        String anna = token(
                "anna-me", user("u-t-anna"), FakePolicy.list(FakePolicy.allow(P + "tasks.list", P + "tasks.view")));
        String bence = token(
                "bence-me", user("u-t-bence"), FakePolicy.list(FakePolicy.allow(P + "tasks.list", P + "tasks.view")));

        for (String list : lists(project)) {
            assertEquals(List.of("Anna's", "Both"), listed(list + "assignee_id=me", anna), list);
            assertEquals(List.of("Anna's", "Both"), listed(list + "assignee_id=u-t-anna", anna), list);
            assertEquals(List.of("Bence's", "Both"), listed(list + "assignee_id=me", bence), list);
            assertEquals(List.of("Bence's", "Both"), listed(list + "assignee_id=u-t-bence", anna), list);
        }
    }

    /**
     * {@code label_id} keeps the tasks with that label; {@code due_after} (inclusive) and
     * {@code due_before} (exclusive) bound the due date as instants or dates (UTC midnight), so
     * {@code due_after=D&due_before=D+1} is exactly the UTC day D; a task without a due date
     * matches neither bound.
     */
    @Test
    void label_id_due_after_and_due_before_narrow_both_lists() {
        long project = project();
        long legal = label("Legal");
        long urgent = label("Urgent");
        task(ADMIN, project, "A midnight", ", \"due_at\": \"2026-12-01T00:00:00Z\", \"label_ids\": [" + legal + "]");
        task(
                ADMIN,
                project,
                "B noon",
                ", \"due_at\": \"2026-12-01T12:00:00Z\", \"label_ids\": [" + legal + ", " + urgent + "]");
        task(
                ADMIN,
                project,
                "C next midnight",
                ", \"due_at\": \"2026-12-02T00:00:00Z\", \"label_ids\": [" + urgent + "]");
        task(ADMIN, project, "D no date", "");

        for (String list : lists(project)) {
            assertEquals(List.of("A midnight", "B noon", "C next midnight", "D no date"), listed(list, ADMIN), list);
            assertEquals(List.of("A midnight", "B noon"), listed(list + "label_id=" + legal, ADMIN), list);
            assertEquals(List.of("B noon", "C next midnight"), listed(list + "label_id=" + urgent, ADMIN), list);
            assertEquals(List.of(), listed(list + "label_id=" + (urgent + 1000), ADMIN), list);
            assertEquals(
                    List.of("A midnight", "B noon", "C next midnight"),
                    listed(list + "due_after=2026-12-01", ADMIN),
                    list);
            assertEquals(List.of("A midnight", "B noon"), listed(list + "due_before=2026-12-02", ADMIN), list);
            assertEquals(
                    List.of("A midnight", "B noon"),
                    listed(list + "due_after=2026-12-01&due_before=2026-12-02", ADMIN),
                    list);
            assertEquals(
                    List.of("B noon", "C next midnight"), listed(list + "due_after=2026-12-01T12:00:00Z", ADMIN), list);
            assertEquals(List.of("A midnight"), listed(list + "due_before=2026-12-01T12:00:00%2B01:00", ADMIN), list);
            assertEquals(
                    List.of("B noon"), listed(list + "label_id=" + urgent + "&due_before=2026-12-02", ADMIN), list);
        }
    }

    @Test
    void a_malformed_label_id_due_after_or_due_before_is_a_422_naming_it() {
        long project = project();
        for (String list : lists(project)) {
            refused(crm.get(list + "label_id=urgent", ADMIN), "label_id", "must be a positive integer");
            refused(crm.get(list + "label_id=0", ADMIN), "label_id", "must be a positive integer");
            refused(
                    crm.get(list + "label_id=9223372036854775808", ADMIN),
                    "label_id",
                    "must be between 1 and 9223372036854775807");
            refused(
                    crm.get(list + "due_before=tomorrow", ADMIN),
                    "due_before",
                    "must be a date such as 2026-11-20 or a time such as 2026-11-20T09:00:00Z");
            refused(
                    crm.get(list + "due_after=2026-12-01T25:00:00Z", ADMIN),
                    "due_after",
                    "must be a date such as 2026-11-20 or a time such as 2026-11-20T09:00:00Z");
            refused(
                    crm.get(list + "due_after=0000-12-31", ADMIN),
                    "due_after",
                    "must be between 0001-01-01 and 9999-12-31");
            refused(
                    crm.get(list + "due_before=%2B10000-01-01", ADMIN),
                    "due_before",
                    "must be between 0001-01-01 and 9999-12-31");
            refused(
                    crm.get(list + "due_after=2026-12-02&due_before=2026-12-01", ADMIN),
                    "due_after",
                    "must be before due_before");
            var all = crm.get(list + "label_id=x&due_after=x&due_before=x", ADMIN);
            assertEquals(422, all.status(), all::toString);
            assertEquals(List.of("due_after", "due_before", "label_id"), sortedFields(all), all::toString);
        }
    }

    private static List<String> sortedFields(HttpResult result) {
        var fields = new ArrayList<String>();
        result.json().path("errors").fieldNames().forEachRemaining(fields::add);
        fields.sort(null);
        return fields;
    }
}
