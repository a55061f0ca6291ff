package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The served {@code /openapi.json} against what the server really does, so that the document and
 * the behaviour cannot drift apart unnoticed: generated clients send what the document says, and
 * a move with {@code "status": "TODO"} (as the document once declared) was a 422.
 *
 * <p>Each test drives one area through the real server and database as a client would, every
 * success and the common problems (400, 401, 403, 404, 415, 422), and every exchange goes through
 * {@link OpenApiCheck}: requests a generated client could send must be valid by the document, and
 * every answer must match the document (status, media type, body, no undeclared properties). The
 * last test proves that every operation of the document answered at least one success, so a new
 * route without a call here fails the build.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiConformanceEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String NO_POLICIES = TestTokens.MEMBER_WITHOUT_POLICIES;
    private static final String P = TestTokens.FQN_PREFIX;
    private static final String JSON = "application/json";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String ASSIGNEE = "u-oa-anna";
    /** Whose time this test records (the administrator may record anybody's), so that no other test's entries overlap. */
    private static final String TIMEKEEPER = "u-oa-timekeeper";

    private static final long UNKNOWN = 999_999_999L;
    /** A body each collection's PUT and PATCH accept, so that an unknown id is what they refuse. */
    private static final Map<String, String> VALID_BODIES = withPeople(Map.ofEntries(
            Map.entry("/api/contacts/", "{\"first_name\": \"Ödön\"}"),
            Map.entry("/api/companies/", "{\"name\": \"Globex\"}"),
            Map.entry("/api/projects/", "{\"name\": \"Launch\"}"),
            Map.entry("/api/task-labels/", "{\"name\": \"Nowhere\"}"),
            Map.entry("/api/pipelines/", "{\"name\": \"Nowhere\"}"),
            Map.entry("/api/communication-logs/", "{\"type\": \"note\", \"company_id\": 1}"),
            Map.entry("/api/deals/", "{\"title\": \"Nowhere\", \"company_id\": 1}"),
            Map.entry("/api/document-folders/", "{\"name\": \"Nowhere\"}"),
            Map.entry("/api/documents/", "{\"title\": \"Nowhere\"}"),
            Map.entry("/api/tasks/", "{\"title\": \"Nowhere\", \"project_id\": 1}"),
            Map.entry(
                    "/api/time-entries/",
                    "{\"project_id\": 1, \"started_at\": \"2026-11-20T09:00:00Z\","
                            + " \"ended_at\": \"2026-11-20T10:00:00Z\"}")));

    /** The bodies of the leave, shift and SLA collections (issue 12), beside the others. */
    private static Map<String, String> withPeople(Map<String, String> bodies) {
        var all = new java.util.HashMap<>(bodies);
        all.put("/api/leave-types/", "{\"name\": \"Nowhere\"}");
        all.put("/api/shifts/", "{\"name\": \"Nowhere\", \"start_time\": \"08:00\", \"end_time\": \"16:00\"}");
        all.put(
                "/api/business-calendars/",
                "{\"name\": \"Nowhere\", \"timezone\": \"UTC\", \"hours\": {\"monday\": [[\"09:00\", \"17:00\"]]}}");
        all.put("/api/sla/policies/", "{\"name\": \"Nowhere\", \"calendar_id\": 1, \"resolution_minutes\": 60}");
        return Map.copyOf(all);
    }

    /** A customer with portal.access and a portal account, as the contact {@link #customerContact}. */
    private static final String CUSTOMER = "tok-oa-customer";
    /** A user with portal.access and no portal account. */
    private static final String NO_ACCOUNT = "tok-oa-no-account";

    private static long customerCompany;
    private static long customerContact;

    private static CrmHarness crm;
    private static OpenApiCheck api;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
        crm.sql(c -> c.createStatement().executeUpdate("""
                INSERT INTO tenant_users (id, name, email, is_active) VALUES
                    ('u-admin', 'Ada Admin', 'ada@vecton.test', true),
                    ('u-oa-anna', 'Anna Assignee', 'anna@acme.test', true),
                    ('u-oa-bence', 'Bence Member', 'bence@acme.test', true),
                    ('u-oa-timekeeper', 'Tímea Timekeeper', 'timea@acme.test', true)
                ON CONFLICT (id) DO NOTHING"""));
        for (String token : List.of(CUSTOMER, NO_ACCOUNT)) {
            crm.identity
                    .user(
                            token,
                            FakeUser.withId("u-" + token)
                                    .named("Cecília Customer")
                                    .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME))
                    .policies(
                            token,
                            FakePolicy.list(
                                    FakePolicy.allow(P + "portal.access").id("p-" + token)));
        }
        // The customer's first call makes it known here; then it gets its account.
        assertEquals(403, crm.get("/api/portal/company", CUSTOMER).status());
        customerCompany = crm.post("/api/companies", ADMIN, "{\"name\": \"Portal Kft\"}")
                .json()
                .path("data")
                .path("id")
                .asLong();
        customerContact = crm.post(
                        "/api/contacts",
                        ADMIN,
                        "{\"first_name\": \"Cecília\", \"company_id\": " + customerCompany + "}")
                .json()
                .path("data")
                .path("id")
                .asLong();
        assertEquals(
                201,
                crm.post(
                                "/api/portal-accounts",
                                ADMIN,
                                "{\"user_id\": \"u-" + CUSTOMER + "\", \"contact_id\": " + customerContact + "}")
                        .status());
        api = OpenApiCheck.of(crm);
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    /** A test that failed half-way leaves its mismatches to itself, not to the next one. */
    @BeforeEach
    void forgetEarlierMismatches() {
        api.takeMismatches();
    }

    private static void assertMatchesTheDocument() {
        List<String> mismatches = api.takeMismatches();
        assertTrue(
                mismatches.isEmpty(),
                () -> mismatches.size() + " exchanges do not match /openapi.json:\n  "
                        + String.join("\n  ", mismatches));
    }

    private static JsonNode data(int status, HttpResult result) {
        assertEquals(status, result.status(), result::toString);
        return result.json().path("data");
    }

    private static long id(HttpResult created) {
        return data(201, created).path("id").asLong();
    }

    private static void problem(int status, String error, HttpResult result) {
        assertEquals(status, result.status(), result::toString);
        assertEquals(error, result.error(), result::toString);
    }

    private static String unique(String name) {
        return name + " " + System.nanoTime() % 1_000_000_000L;
    }

    private static long project() {
        return id(api.sendJson("POST", "/api/projects", ADMIN, "{\"name\": \"" + unique("Project") + "\"}"));
    }

    /** Creating, reading, changing, deleting and restoring, as every entity with a bin does, plus what it refuses. */
    private static void lifecycle(
            String collection,
            String create,
            String replace,
            String patch,
            String invalid,
            boolean invalidByTheDocument) {
        long id = id(api.sendJson("POST", collection, ADMIN, create));
        String item = collection + "/" + id;
        data(200, api.send("GET", item, ADMIN));
        data(200, api.sendJson("PUT", item, ADMIN, replace));
        data(200, api.sendJson("PATCH", item, ADMIN, patch));
        data(200, api.send("PATCH", item, ADMIN, MERGE_PATCH, patch));
        assertEquals(204, api.send("DELETE", item, ADMIN).status());
        problem(404, "not_found", api.send("GET", item, ADMIN));
        data(200, api.send("POST", item + "/restore", ADMIN));
        data(200, api.send("POST", item + "/restore", ADMIN));

        if (invalidByTheDocument) {
            problem(422, "validation_failed", api.sendOffSpec("POST", collection, ADMIN, JSON, invalid));
            problem(422, "validation_failed", api.sendOffSpec("PUT", item, ADMIN, JSON, invalid));
        } else {
            problem(422, "validation_failed", api.sendJson("POST", collection, ADMIN, invalid));
            problem(422, "validation_failed", api.sendJson("PUT", item, ADMIN, invalid));
        }
        problem(400, "malformed_request", api.sendOffSpec("POST", collection, ADMIN, JSON, "{\"oops\""));
        problem(415, "unsupported_media_type", api.sendOffSpec("POST", collection, ADMIN, "text/plain", create));
        problem(404, "not_found", api.send("GET", collection + "/" + UNKNOWN, ADMIN));
        problem(404, "not_found", api.sendOffSpec("GET", collection + "/abc", ADMIN, null, null));
        problem(422, "validation_failed", api.sendOffSpec("GET", collection + "?sort=shoe_size", ADMIN, null, null));
        problem(422, "validation_failed", api.sendOffSpec("GET", collection + "?page=first", ADMIN, null, null));
    }

    /**
     * The check has teeth: a property the document does not declare, a value of the wrong type, an
     * enum spelled otherwise, a problem without its code are each refused (were the validator set
     * to ignore undeclared properties, say, every test here would pass for nothing).
     */
    @Test
    @Order(0)
    void the_check_refuses_what_the_document_does_not_declare() {
        String task = """
                {"id": 1, "title": "t", "description": null, "project_id": 2, "status": "todo", "priority": "normal",
                 "due_at": null, "assignee_ids": [], "label_ids": [], "position": 0, "created_by": "u-admin",
                 "completed_at": null, "created_at": "2026-11-20T09:00:00Z", "updated_at": "2026-11-20T09:00:00Z",
                 "deleted_at": null, "version": 1}""";
        String move = "{\"status\": \"todo\", \"position\": 0}";
        assertEquals(
                List.of(), api.mismatchesOf("POST", "/api/tasks/1/move", ADMIN, move, 200, "{\"data\": " + task + "}"));
        assertEquals(
                List.of("validation.response.body.schema.additionalProperties"),
                api.mismatchesOf(
                        "POST",
                        "/api/tasks/1/move",
                        ADMIN,
                        move,
                        200,
                        "{\"data\": " + task.replace("\"id\": 1", "\"id\": 1, \"colour\": \"red\"") + "}"));
        assertEquals(
                List.of("validation.response.body.schema.type"),
                api.mismatchesOf(
                        "POST",
                        "/api/tasks/1/move",
                        ADMIN,
                        move,
                        200,
                        "{\"data\": " + task.replace("\"project_id\": 2", "\"project_id\": \"2\"") + "}"));
        assertEquals(
                List.of("validation.request.body.schema.enum"),
                api.mismatchesOf(
                        "POST",
                        "/api/tasks/1/move",
                        ADMIN,
                        "{\"status\": \"TODO\", \"position\": 0}",
                        200,
                        "{\"data\": " + task + "}"));
        assertEquals(
                List.of("validation.response.body.schema.required"),
                api.mismatchesOf(
                        "GET",
                        "/api/tasks/1",
                        ADMIN,
                        null,
                        404,
                        "{\"type\": \"about:blank\", \"title\": \"Not Found\", \"status\": 404, \"request_id\": \"r\"}"));
        // Each route lists the codes it can answer: a code of another route's rule is refused, so
        // every code these tests observe on a route is proven to be in that route's enum.
        String taken = "{\"type\": \"about:blank\", \"title\": \"Unprocessable Content\", \"status\": 422,"
                + " \"error\": \"label_name_taken\", \"request_id\": \"r\"}";
        assertEquals(List.of(), api.mismatchesOf("POST", "/api/task-labels", ADMIN, "{\"name\": \"x\"}", 422, taken));
        assertEquals(
                List.of("validation.response.body.schema.enum"),
                api.mismatchesOf("POST", "/api/contacts", ADMIN, "{\"first_name\": \"x\"}", 422, taken));
    }

    @Test
    @Order(1)
    void contacts_and_companies_answer_as_documented() {
        long company = id(api.sendJson("POST", "/api/companies", ADMIN, """
                {"name": "Árvai Kft", "domain": "ARVAI.example", "phone": "+36 1 234 5678", "email": "info@arvai.example",
                 "website": "https://arvai.example", "address": "Fő utca 1", "city": "Budapest", "postal_code": "1011",
                 "country": "HU", "notes": "first"}"""));
        lifecycle(
                "/api/companies",
                "{\"name\": \"" + unique("Globex") + "\"}",
                "{\"name\": \"Globex Zrt\"}",
                "{\"notes\": null, \"city\": \"Győr\"}",
                "{\"name\": \"\"}",
                false);
        lifecycle(
                "/api/contacts",
                "{\"first_name\": \"Ödön\", \"last_name\": \"Árvai\", \"company_id\": " + company + "}",
                "{\"last_name\": \"Kovács\", \"email\": \"kovacs@acme.test\"}",
                "{\"job_title\": \"CTO\", \"phone\": null}",
                "{\"email\": \"not an address\"}",
                true);
        data(
                201,
                api.sendJson(
                        "POST",
                        "/api/contacts",
                        ADMIN,
                        "{\"first_name\": \"Ödön\", \"last_name\": \"Árvai\","
                                + " \"email\": \"odon@arvai.example\", \"phone\": \"+36 30 123 4567\", \"job_title\": \"CEO\","
                                + " \"notes\": \"met at the fair\", \"company_id\": " + company + "}"));
        assertEquals(
                1,
                api.send(
                                "GET",
                                "/api/contacts?search=arvai&company_id=" + company
                                        + "&sort=-last_name&page=1&per_page=5",
                                ADMIN)
                        .json()
                        .path("meta")
                        .path("total")
                        .asInt());
        data(200, api.send("GET", "/api/companies?search=arvai&sort=name&per_page=100", ADMIN));
        // The document asks for at most 100; the server caps a larger one rather than refusing it.
        var capped = api.sendOffSpec("GET", "/api/companies?per_page=500", ADMIN, null, null);
        assertEquals(100, capped.json().path("meta").path("per_page").asInt(), capped::toString);
        data(200, api.send("GET", "/api/companies/" + company + "/contacts?sort=first_name", ADMIN));
        problem(404, "not_found", api.send("GET", "/api/companies/" + UNKNOWN + "/contacts", ADMIN));
        problem(403, "no_policies", api.send("GET", "/api/contacts", NO_POLICIES));
        problem(401, "token_missing", api.sendOffSpec("GET", "/api/contacts", null, null, null));
        problem(401, "token_invalid", api.send("GET", "/api/contacts", "not-a-known-token"));
        assertMatchesTheDocument();
    }

    @Test
    @Order(2)
    void projects_members_and_labels_answer_as_documented() {
        for (String status : List.of("active", "on_hold", "completed", "archived")) {
            data(
                    201,
                    api.sendJson(
                            "POST",
                            "/api/projects",
                            ADMIN,
                            "{\"name\": \"" + unique("Project " + status)
                                    + "\", \"status\": \"" + status
                                    + "\", \"description\": null, \"start_date\": \"2026-01-01\","
                                    + " \"end_date\": \"2026-12-31\", \"owner_id\": \"" + ASSIGNEE + "\"}"));
            data(200, api.send("GET", "/api/projects?status=" + status + "&sort=-start_date", ADMIN));
        }
        lifecycle(
                "/api/projects",
                "{\"name\": \"" + unique("Launch") + "\"}",
                "{\"name\": \"Launch v2\", \"status\": \"on_hold\"}",
                "{\"end_date\": \"2027-01-31\", \"description\": null}",
                "{\"name\": \"x\", \"start_date\": \"2026-02-01\"," + " \"end_date\": \"2026-01-01\"}",
                false);
        problem(422, "validation_failed", api.sendOffSpec("GET", "/api/projects?status=ACTIVE", ADMIN, null, null));

        long project = project();
        String members = "/api/projects/" + project + "/members";
        for (String role : List.of("manager", "member", "viewer")) {
            String user = "u-oa-" + role;
            crm.sql(c -> c.createStatement()
                    .executeUpdate("INSERT INTO tenant_users (id, name, is_active) VALUES ('" + user + "', '" + role
                            + "', true) ON CONFLICT (id) DO NOTHING"));
            assertEquals(
                    role,
                    data(
                                    201,
                                    api.sendJson(
                                            "POST",
                                            members,
                                            ADMIN,
                                            "{\"user_id\": \"" + user + "\", \"role\": \"" + role + "\"}"))
                            .path("role")
                            .asText());
        }
        data(201, api.sendJson("POST", members, ADMIN, "{\"user_id\": \"" + ASSIGNEE + "\"}"));
        problem(422, "already_a_member", api.sendJson("POST", members, ADMIN, "{\"user_id\": \"" + ASSIGNEE + "\"}"));
        problem(422, "validation_failed", api.sendJson("POST", members, ADMIN, "{\"user_id\": \"u-nobody\"}"));
        problem(
                422,
                "validation_failed",
                api.sendOffSpec("POST", members, ADMIN, JSON, "{\"user_id\": \"u-oa-bence\", \"role\": \"MANAGER\"}"));
        assertEquals(
                4,
                api.send("GET", members + "?page=1&per_page=10", ADMIN)
                        .json()
                        .path("meta")
                        .path("total")
                        .asInt());
        assertEquals(204, api.send("DELETE", members + "/" + ASSIGNEE, ADMIN).status());
        problem(404, "not_found", api.send("DELETE", members + "/" + ASSIGNEE, ADMIN));
        problem(404, "not_found", api.send("GET", "/api/projects/" + UNKNOWN + "/members", ADMIN));

        long label = id(api.sendJson(
                "POST", "/api/task-labels", ADMIN, "{\"name\": \"" + unique("Urgent") + "\", \"color\": \"#ff0000\"}"));
        String item = "/api/task-labels/" + label;
        data(200, api.send("GET", item, ADMIN));
        data(200, api.sendJson("PUT", item, ADMIN, "{\"name\": \"" + unique("Sürgős") + "\"}"));
        data(200, api.send("PATCH", item, ADMIN, MERGE_PATCH, "{\"color\": \"#00FF00\"}"));
        data(200, api.send("GET", "/api/task-labels?search=surgos&page=1", ADMIN));
        problem(
                422,
                "validation_failed",
                api.sendOffSpec("POST", "/api/task-labels", ADMIN, JSON, "{\"name\": \"x\", \"color\": \"red\"}"));
        problem(422, "validation_failed", api.sendJson("POST", "/api/task-labels", ADMIN, "{\"name\": \"\"}"));
        String name = data(200, api.send("GET", item, ADMIN)).path("name").asText();
        problem(
                422,
                "label_name_taken",
                api.sendJson("POST", "/api/task-labels", ADMIN, "{\"name\": \"" + name.toUpperCase() + "\"}"));
        assertEquals(204, api.send("DELETE", item, ADMIN).status());
        problem(404, "not_found", api.send("GET", item, ADMIN));
        assertMatchesTheDocument();
    }

    @Test
    @Order(3)
    void tasks_the_board_and_moves_answer_as_documented() {
        long project = project();
        long label = id(api.sendJson("POST", "/api/task-labels", ADMIN, "{\"name\": \"" + unique("Legal") + "\"}"));
        long task = id(api.sendJson(
                "POST",
                "/api/tasks",
                ADMIN,
                "{\"title\": \"Write the spec\", \"project_id\": " + project
                        + ", \"description\": \"all of it\", \"status\": \"in_progress\", \"priority\": \"urgent\","
                        + " \"due_at\": \"2026-12-01T09:00:00Z\", \"assignee_ids\": [\"" + ASSIGNEE
                        + "\"], \"label_ids\": [" + label + "]}"));
        for (String priority : List.of("low", "normal", "high")) {
            data(
                    201,
                    api.sendJson(
                            "POST",
                            "/api/tasks",
                            ADMIN,
                            "{\"title\": \"" + priority + "\", \"project_id\": " + project + ", \"priority\": \""
                                    + priority + "\"}"));
        }
        String item = "/api/tasks/" + task;
        data(200, api.send("GET", item, ADMIN));
        data(
                200,
                api.sendJson(
                        "PUT",
                        item,
                        ADMIN,
                        "{\"title\": \"Spec\", \"project_id\": " + project + ", \"label_ids\": [" + label + "]}"));
        data(
                200,
                api.send(
                        "PATCH",
                        item,
                        ADMIN,
                        MERGE_PATCH,
                        "{\"due_at\": null, \"assignee_ids\": [\"" + ASSIGNEE + "\"]}"));
        for (String status : List.of("todo", "in_progress", "review", "done")) {
            assertEquals(
                    status,
                    data(
                                    200,
                                    api.sendJson(
                                            "POST",
                                            item + "/move",
                                            ADMIN,
                                            "{\"status\": \"" + status + "\", \"position\": 0}"))
                            .path("status")
                            .asText());
        }
        problem(
                422,
                "validation_failed",
                api.sendOffSpec("POST", item + "/move", ADMIN, JSON, "{\"status\": \"DONE\", \"position\": 0}"));
        problem(
                422,
                "validation_failed",
                api.sendOffSpec("POST", item + "/move", ADMIN, JSON, "{\"status\": \"done\"}"));
        problem(
                422,
                "validation_failed",
                api.sendOffSpec(
                        "POST",
                        "/api/tasks",
                        ADMIN,
                        JSON,
                        "{\"title\": \"t\", \"project_id\": " + project + ", \"priority\": \"URGENT\"}"));
        problem(422, "validation_failed", api.sendJson("POST", "/api/tasks", ADMIN, "{\"title\": \"no project\"}"));

        String anna = "tok-oa-anna-" + System.nanoTime();
        crm.identity.user(
                anna,
                FakeUser.withId(ASSIGNEE)
                        .named("Anna")
                        .email("anna@acme.test")
                        .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME));
        crm.identity.policies(anna, FakePolicy.list(FakePolicy.allow(P + "tasks.list", P + "tasks.view")));
        for (String list : List.of("/api/tasks?project_id=" + project + "&", "/api/projects/" + project + "/tasks?")) {
            data(
                    200,
                    api.send(
                            "GET",
                            list + "status=done&priority=urgent&assignee_id=me&label_id=" + label
                                    + "&due_after=2026-01-01&due_before=2027-01-01T00:00:00Z&search=spec&sort=-due_at&page=1&per_page=10",
                            anna));
            data(200, api.send("GET", list + "sort=priority", ADMIN));
            problem(
                    422,
                    "validation_failed",
                    api.sendOffSpec("GET", list + "due_before=soon&due_after=0000-12-31", ADMIN, null, null));
            problem(422, "validation_failed", api.sendOffSpec("GET", list + "label_id=0", ADMIN, null, null));
            problem(422, "validation_failed", api.sendOffSpec("GET", list + "status=DONE", ADMIN, null, null));
        }
        var board = data(200, api.send("GET", "/api/projects/" + project + "/board", ADMIN));
        assertEquals(Set.of("todo", "in_progress", "review", "done"), fieldNames(board.path("columns")));
        problem(404, "not_found", api.send("GET", "/api/projects/" + UNKNOWN + "/board", ADMIN));
        problem(404, "not_found", api.send("GET", "/api/projects/" + UNKNOWN + "/tasks", ADMIN));

        assertEquals(204, api.send("DELETE", item, ADMIN).status());
        var deleted = api.send("GET", "/api/tasks/" + task, ADMIN);
        problem(404, "not_found", deleted);
        assertTrue(data(200, api.send("POST", item + "/restore", ADMIN))
                .path("deleted_at")
                .isNull());
        problem(
                403,
                "no_policies",
                api.sendJson("POST", item + "/move", NO_POLICIES, "{\"status\": \"todo\", \"position\": 0}"));
        assertMatchesTheDocument();
    }

    @Test
    @Order(4)
    void time_entries_timers_and_the_export_answer_as_documented() {
        long project = project();
        long task = id(api.sendJson(
                "POST", "/api/tasks", ADMIN, "{\"title\": \"Billable work\", \"project_id\": " + project + "}"));
        long entry = id(
                api.sendJson(
                        "POST",
                        "/api/time-entries",
                        ADMIN,
                        "{\"user_id\": \"" + TIMEKEEPER + "\", \"task_id\": " + task + ", \"started_at\":"
                                + " \"2026-11-20T09:00:00Z\", \"ended_at\": \"2026-11-20T10:30:00Z\", \"note\": \"spec\", \"billable\": true}"));
        String item = "/api/time-entries/" + entry;
        data(200, api.send("GET", item, ADMIN));
        data(
                200,
                api.sendJson(
                        "PUT",
                        item,
                        ADMIN,
                        "{\"project_id\": " + project + ", \"started_at\": \"2026-11-20T09:00:00Z\","
                                + " \"ended_at\": \"2026-11-20T11:00:00Z\"}"));
        data(200, api.send("PATCH", item, ADMIN, MERGE_PATCH, "{\"note\": null, \"billable\": false}"));
        assertEquals(204, api.send("DELETE", item, ADMIN).status());
        data(200, api.send("POST", item + "/restore", ADMIN));
        var listed = api.send(
                "GET",
                "/api/time-entries?user_id=" + TIMEKEEPER + "&project_id=" + project
                        + "&from=2026-11-20&to=2026-11-21T00:00:00Z&page=1&per_page=10",
                ADMIN);
        assertEquals(1, data(200, listed).size(), listed::toString);
        data(200, api.send("GET", "/api/time-entries?task_id=" + task + "&from=2026-11-20", ADMIN));
        problem(
                422,
                "validation_failed",
                api.sendJson(
                        "POST",
                        "/api/time-entries",
                        ADMIN,
                        "{\"project_id\": " + project
                                + ", \"started_at\": \"2026-11-20T09:00:00Z\", \"ended_at\": \"2026-11-20T08:00:00Z\"}"));
        problem(
                422,
                "time_entry_overlap",
                api.sendJson(
                        "POST",
                        "/api/time-entries",
                        ADMIN,
                        "{\"user_id\": \"" + TIMEKEEPER + "\", \"project_id\": " + project
                                + ", \"started_at\": \"2026-11-20T10:00:00Z\", \"ended_at\": \"2026-11-20T10:15:00Z\"}"));

        long timer = id(api.sendJson(
                "POST",
                "/api/time-entries/start",
                ADMIN,
                "{\"user_id\": \"" + TIMEKEEPER + "\", \"project_id\": " + project + ", \"note\": \"now\"}"));
        problem(
                422,
                "timer_already_running",
                api.sendJson(
                        "POST",
                        "/api/time-entries/start",
                        ADMIN,
                        "{\"user_id\": \"" + TIMEKEEPER + "\", \"task_id\": " + task + "}"));
        data(200, api.send("POST", "/api/time-entries/" + timer + "/stop", ADMIN));
        problem(422, "timer_not_running", api.send("POST", "/api/time-entries/" + timer + "/stop", ADMIN));

        var export = api.send(
                "GET",
                "/api/time-entries/export?from=2026-11-01&to=2026-11-30&format=csv&project_id=" + project,
                ADMIN);
        assertEquals(200, export.status(), export::toString);
        assertTrue(export.body().startsWith("id,user_id,project_id"), export::toString);
        problem(
                422,
                "validation_failed",
                api.send("GET", "/api/time-entries/export?from=2026-01-01&to=2027-12-31", ADMIN));
        problem(
                422,
                "validation_failed",
                api.sendOffSpec(
                        "GET",
                        "/api/time-entries/export?from=2026-01-01&to=2026-01-02&format=xlsx",
                        ADMIN,
                        null,
                        null));
        problem(422, "validation_failed", api.sendOffSpec("GET", "/api/time-entries/export", ADMIN, null, null));
        assertMatchesTheDocument();
    }

    /** The audit trail holds texts, numbers, booleans, lists and nulls as before and after values. */
    @Test
    @Order(5)
    void the_activity_log_answers_as_documented() {
        long project = project();
        long task = id(api.sendJson(
                "POST",
                "/api/tasks",
                ADMIN,
                "{\"title\": \"Audited\", \"project_id\": " + project
                        + ", \"due_at\": \"2026-12-01T09:00:00Z\", \"assignee_ids\": [\"" + ASSIGNEE + "\"]}"));
        data(
                200,
                api.sendJson(
                        "PATCH",
                        "/api/tasks/" + task,
                        ADMIN,
                        "{\"due_at\": null, \"priority\": \"high\", \"assignee_ids\": []}"));
        long entry = id(
                api.sendJson(
                        "POST",
                        "/api/time-entries",
                        ADMIN,
                        "{\"user_id\": \"" + TIMEKEEPER + "\", \"project_id\": " + project
                                + ", \"started_at\": \"2025-01-02T09:00:00Z\", \"ended_at\": \"2025-01-02T09:30:00Z\", \"billable\": true}"));
        data(200, api.sendJson("PATCH", "/api/time-entries/" + entry, ADMIN, "{\"billable\": false}"));

        var changes = data(200, api.send("GET", "/api/activity-logs?subject_type=task&subject_id=" + task, ADMIN));
        assertEquals(2, changes.size(), changes::toString);
        var updated = changes.get(0).path("changes");
        assertTrue(updated.path("due_at").path("after").isNull(), updated::toString);
        assertTrue(updated.path("assignee_ids").path("before").isArray(), updated::toString);
        var created = changes.get(1).path("changes");
        assertTrue(created.path("project_id").path("after").isNumber(), created::toString);
        var billable = data(
                200,
                api.send(
                        "GET",
                        "/api/activity-logs?subject_type=time_entry&subject_id=" + entry
                                + "&actor=me&from=2020-01-01&to=2100-01-01T00:00:00Z&page=1&per_page=5",
                        ADMIN));
        assertTrue(
                billable.get(0).path("changes").path("billable").path("before").isBoolean(), billable::toString);
        data(200, api.send("GET", "/api/activity-logs?actor_user_id=u-admin", ADMIN));
        problem(
                422,
                "validation_failed",
                api.sendOffSpec("GET", "/api/activity-logs?from=yesterday", ADMIN, null, null));
        problem(422, "validation_failed", api.send("GET", "/api/activity-logs?actor=someone", ADMIN));
        assertMatchesTheDocument();
    }

    @Test
    @Order(6)
    void the_operations_routes_answer_as_documented() {
        assertEquals(
                "up",
                api.send("GET", "/health/live", null).json().path("status").asText());
        assertEquals(200, api.send("GET", "/health/ready", null).status());
        var metrics = api.send("GET", "/metrics", null);
        assertEquals(200, metrics.status(), metrics::toString);
        var document = api.send("GET", "/openapi.json", null);
        assertEquals(200, document.status());
        assertTrue(document.json().path("paths").isObject());
        var page = api.send("GET", "/docs", null);
        assertEquals(200, page.status(), page::toString);
        for (String asset :
                List.of("swagger-ui.css", "swagger-ui-bundle.js", "docs-initializer.js", "favicon-32x32.png")) {
            assertEquals(200, api.send("GET", "/docs/" + asset, null).status(), asset);
        }
        problem(404, "not_found", api.sendOffSpec("GET", "/docs/index.html", null, null, null));
        assertMatchesTheDocument();
    }

    /**
     * Every guarded operation, called without a token and by a member without policies, answers the
     * documented problem: the gate's 401 and 403 come before anything is looked up or parsed.
     */
    @Test
    @Order(7)
    void every_guarded_operation_answers_401_and_403_as_documented() {
        for (OpenApiCheck.Operation operation : api.operations()) {
            if (!operation.guarded()) {
                continue;
            }
            String target = operation
                    .template()
                    .replace("{id}", "1")
                    .replace("{user_id}", ASSIGNEE)
                    .replace("{stage_id}", "1")
                    .replace("{number}", "1");
            String body = Set.of("POST", "PUT", "PATCH").contains(operation.method()) ? "{}" : null;
            String type = body == null ? null : JSON;
            problem(401, "token_missing", api.sendOffSpec(operation.method(), target, null, type, body));
            problem(403, "no_policies", api.sendOffSpec(operation.method(), target, NO_POLICIES, type, body));
        }
        assertMatchesTheDocument();
    }

    /** Every item operation answers the documented 404 for an id that names nothing. */
    @Test
    @Order(8)
    void every_item_operation_answers_404_for_an_unknown_id() {
        for (OpenApiCheck.Operation operation : api.operations()) {
            if (!operation.template().contains("{id}")) {
                continue;
            }
            String target = operation
                    .template()
                    .replace("{id}", Long.toString(UNKNOWN))
                    .replace("{user_id}", ASSIGNEE)
                    .replace("{stage_id}", "1")
                    .replace("{number}", "1");
            String body = switch (operation.method()) {
                case "PUT", "PATCH" ->
                    operation.template().endsWith("/stages/order")
                            ? "{\"stage_ids\": [1, 2, 3]}"
                            : VALID_BODIES.entrySet().stream()
                                    .filter(valid -> operation.template().startsWith(valid.getKey()))
                                    .findFirst()
                                    .orElseThrow(() -> new AssertionError("no valid body for " + operation.name()))
                                    .getValue();
                case "POST" ->
                    operation.template().startsWith("/api/deals/")
                                    && operation.template().endsWith("/move")
                            ? "{\"stage_id\": 1, \"position\": 0}"
                            : operation.template().equals("/api/documents/{id}/move")
                                    ? "{\"folder_id\": 1}"
                                    : operation.template().endsWith("/move")
                                            ? "{\"status\": \"todo\", \"position\": 0}"
                                            : operation.template().endsWith("/members")
                                                    ? "{\"user_id\": \"" + ASSIGNEE + "\"}"
                                                    : operation.template().endsWith("/stages")
                                                            ? "{\"name\": \"Nowhere\", \"kind\": \"open\"}"
                                                            : null;
                default -> null;
            };
            // The portal's item routes need a customer: an administrator has no portal account.
            String token = operation.template().startsWith("/api/portal/") ? CUSTOMER : ADMIN;
            String type = body == null ? null : JSON;
            if (operation.template().equals("/api/documents/{id}/versions")
                    && operation.method().equals("POST")) {
                type = MultipartBody.CONTENT_TYPE;
                body = form(Map.of(), "v.txt", "next");
            }
            var answer = api.send(operation.method(), target, token, type, body);
            problem(404, "not_found", answer);
        }
        assertMatchesTheDocument();
    }

    /** Each changes feed: a first page, the next one, a tombstone among the entries, and its two refusals. */
    @Test
    @Order(9)
    void the_changes_feeds_answer_as_documented() {
        for (String collection : List.of(
                "/api/contacts",
                "/api/companies",
                "/api/projects",
                "/api/task-labels",
                "/api/tasks",
                "/api/time-entries",
                "/api/pipelines",
                "/api/deals",
                "/api/communication-logs",
                "/api/portal-accounts")) {
            var first = api.send("GET", collection + "/changes?per_page=2", ADMIN);
            assertEquals(200, first.status(), first::toString);
            String next = first.json().path("meta").path("next_cursor").asText();
            assertEquals(
                    200,
                    api.send("GET", collection + "/changes?per_page=500&cursor=" + next, ADMIN)
                            .status());
        }
        String before = new ChangesFeed(crm, "/api/contacts/changes", ADMIN)
                .syncUntil(null, seen -> true)
                .cursor();
        long gone = id(api.sendJson("POST", "/api/contacts", ADMIN, "{\"first_name\": \"Törölt\"}"));
        assertEquals(204, api.send("DELETE", "/api/contacts/" + gone, ADMIN).status());
        // The tombstone reaches the feed once no transaction on the server could still precede it.
        long deadline = System.nanoTime() + ChangesFeed.PATIENCE.toNanos();
        String at = before;
        boolean found = false;
        while (!found) {
            var page = api.send("GET", "/api/contacts/changes?cursor=" + at, ADMIN);
            assertEquals(200, page.status(), page::toString);
            for (JsonNode entry : page.json().path("data")) {
                found |= entry.path("id").asLong() == gone && ChangesFeed.isTombstone(entry);
            }
            at = page.json().path("meta").path("next_cursor").asText();
            assertTrue(System.nanoTime() < deadline, "the deleted contact is a tombstone in the feed");
            if (!page.json().path("meta").path("has_more").asBoolean()) {
                ChangesFeed.pause(java.time.Duration.ofMillis(50));
            }
        }
        problem(422, "validation_failed", api.send("GET", "/api/tasks/changes?cursor=not-one", ADMIN));
        problem(
                410,
                "sync_cursor_expired",
                api.send(
                        "GET",
                        "/api/projects/changes?cursor="
                                + ChangesFeed.cursor(
                                        0, 0, java.time.Instant.now().minus(java.time.Duration.ofDays(31))),
                        ADMIN));
        assertMatchesTheDocument();
    }

    /**
     * The answers of the HTTP conventions, each as the document declares it: a create with an
     * Idempotency-Key and its replay ({@code Idempotent-Replayed}), the key reused with another body
     * (422), a read naming the current tag (304, no body), a change on a stale tag (412 with the
     * current ETag) and on the current one (200 with a new ETag).
     */
    @Test
    @Order(10)
    void conditional_and_idempotent_exchanges_answer_as_documented() {
        String key = "oa-" + System.nanoTime();
        String body = "{\"first_name\": \"Idempotens\", \"last_name\": \"Ödön\"}";
        var created = api.sendWith(Map.of("Idempotency-Key", key), "POST", "/api/contacts", ADMIN, JSON, body);
        long id = id(created);
        var replayed = api.sendWith(Map.of("Idempotency-Key", key), "POST", "/api/contacts", ADMIN, JSON, body);
        assertEquals(201, replayed.status(), replayed::toString);
        assertEquals("true", replayed.header("Idempotent-Replayed"));
        assertEquals(created.header("ETag"), replayed.header("ETag"));
        String other = "{\"first_name\": \"Másik\"}";
        problem(
                422,
                "idempotency_key_reused",
                api.sendWith(Map.of("Idempotency-Key", key), "POST", "/api/contacts", ADMIN, JSON, other));

        String item = "/api/contacts/" + id;
        String tag = created.header("ETag");
        var notModified = api.sendWith(Map.of("If-None-Match", tag), "GET", item, ADMIN, null, null);
        assertEquals(304, notModified.status(), notModified::toString);
        assertTrue(notModified.body().isEmpty(), notModified::toString);
        assertEquals(tag, notModified.header("ETag"));

        var stale = api.sendWith(Map.of("If-Match", "\"999\""), "PATCH", item, ADMIN, JSON, "{\"job_title\": \"x\"}");
        problem(412, "precondition_failed", stale);
        assertEquals(tag, stale.header("ETag"));
        var changed = api.sendWith(Map.of("If-Match", tag), "PATCH", item, ADMIN, JSON, "{\"job_title\": \"Elnök\"}");
        assertEquals(200, changed.status(), changed::toString);
        assertTrue(!tag.equals(changed.header("ETag")), changed::toString);
        assertMatchesTheDocument();
    }

    @Test
    @Order(10)
    void pipelines_and_their_stages_answer_as_documented() {
        String stages = "[{\"name\": \"Lead\", \"kind\": \"open\", \"probability\": 10},"
                + " {\"name\": \"Won\", \"kind\": \"won\"}, {\"name\": \"Lost\", \"kind\": \"lost\"}]";
        var first = data(
                201,
                api.sendJson(
                        "POST",
                        "/api/pipelines",
                        ADMIN,
                        "{\"name\": \"" + unique("Default") + "\", \"is_default\": true, \"currency\": \"HUF\","
                                + " \"stages\": " + stages + "}"));
        lifecycle(
                "/api/pipelines",
                "{\"name\": \"" + unique("Sales") + "\", \"stages\": " + stages + "}",
                "{\"name\": \"" + unique("Sales v2") + "\", \"currency\": \"EUR\"}",
                "{\"currency\": null}",
                "{\"name\": \"\"}",
                false);
        data(200, api.send("GET", "/api/pipelines?search=sales&sort=-updated_at", ADMIN));
        String item = "/api/pipelines/" + first.path("id").asLong();
        problem(422, "pipeline_is_default", api.send("DELETE", item, ADMIN));
        problem(
                422,
                "stage_kind_missing",
                api.sendJson("POST", "/api/pipelines", ADMIN, "{\"name\": \"" + unique("Empty") + "\"}"));
        var added = data(
                200,
                api.sendJson(
                        "POST", item + "/stages", ADMIN, "{\"name\": \"Demo\", \"kind\": \"open\", \"position\": 1}"));
        problem(
                422,
                "stage_name_taken",
                api.sendJson("POST", item + "/stages", ADMIN, "{\"name\": \"demo\", \"kind\": \"open\"}"));
        long demo = added.path("stages").get(1).path("id").asLong();
        data(200, api.sendJson("PATCH", item + "/stages/" + demo, ADMIN, "{\"probability\": 35}"));
        data(200, api.send("PATCH", item + "/stages/" + demo, ADMIN, MERGE_PATCH, "{\"name\": \"Product demo\"}"));
        var ids = new ArrayList<Long>();
        added.path("stages").forEach(stage -> ids.add(stage.path("id").asLong()));
        java.util.Collections.reverse(ids);
        data(200, api.sendJson("PUT", item + "/stages/order", ADMIN, "{\"stage_ids\": " + ids + "}"));
        problem(
                422,
                "validation_failed",
                api.sendJson("PUT", item + "/stages/order", ADMIN, "{\"stage_ids\": " + ids.subList(0, 2) + "}"));
        assertEquals(204, api.send("DELETE", item + "/stages/" + demo, ADMIN).status());
        long won = ids.get(1); // reversed: Lost, Won, Demo, Lead
        problem(422, "stage_kind_missing", api.send("DELETE", item + "/stages/" + won, ADMIN));
        assertMatchesTheDocument();
    }

    /** A multipart body with text fields and one text file, as a String (the check reads bodies as text). */
    private static String form(Map<String, String> fields, String filename, String content) {
        var body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--")
                .append(MultipartBody.BOUNDARY)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        body.append("--")
                .append(MultipartBody.BOUNDARY)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(filename)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .append(content)
                .append("\r\n--")
                .append(MultipartBody.BOUNDARY)
                .append("--\r\n");
        return body.toString();
    }

    @Test
    @Order(11)
    void media_folders_and_documents_answer_as_documented() {
        String multipart = MultipartBody.CONTENT_TYPE;
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        var media = data(201, api.send("POST", "/api/media", ADMIN, multipart, form(Map.of(), "a.pdf", pdf)));
        String mediaItem = "/api/media/" + media.path("id").asLong();
        data(200, api.send("GET", "/api/media?mime_type=application/pdf", ADMIN));
        data(200, api.send("GET", mediaItem, ADMIN));
        assertEquals(200, api.send("GET", mediaItem + "/download", ADMIN).status());
        problem(
                422,
                "media_type_not_allowed",
                api.send(
                        "POST",
                        "/api/media",
                        ADMIN,
                        multipart,
                        form(Map.of(), "a.png", "<html><body>x</body></html>")));
        assertEquals(204, api.send("DELETE", mediaItem, ADMIN).status());

        long top = id(api.sendJson("POST", "/api/document-folders", ADMIN, "{\"name\": \"" + unique("Akten") + "\"}"));
        long child = id(api.sendJson(
                "POST", "/api/document-folders", ADMIN, "{\"name\": \"Unter\", \"parent_id\": " + top + "}"));
        data(200, api.send("GET", "/api/document-folders?parent_id=root&search=akten", ADMIN));
        data(200, api.send("GET", "/api/document-folders/" + child, ADMIN));
        data(200, api.sendJson("PATCH", "/api/document-folders/" + child, ADMIN, "{\"name\": \"Unten\"}"));
        problem(
                422,
                "folder_cycle",
                api.sendJson("PATCH", "/api/document-folders/" + top, ADMIN, "{\"parent_id\": " + child + "}"));

        var document = data(
                201,
                api.send(
                        "POST",
                        "/api/documents",
                        ADMIN,
                        multipart,
                        form(
                                Map.of("title", "Vertrag", "folder_id", Long.toString(child), "tags", "vertrag"),
                                "v1.txt",
                                "eins")));
        String doc = "/api/documents/" + document.path("id").asLong();
        data(200, api.send("POST", doc + "/versions", ADMIN, multipart, form(Map.of(), "v2.txt", "zwei")));
        data(200, api.send("GET", doc + "/versions", ADMIN));
        data(200, api.send("GET", doc, ADMIN));
        data(
                200,
                api.send("GET", "/api/documents?folder_id=" + top + "&include_subfolders=true&search=vertrag", ADMIN));
        assertEquals(200, api.send("GET", doc + "/download", ADMIN).status());
        assertEquals(200, api.send("GET", doc + "/versions/1/download", ADMIN).status());
        data(200, api.send("POST", doc + "/versions/1/restore", ADMIN));
        assertEquals(204, api.send("DELETE", doc + "/versions/2", ADMIN).status());
        problem(422, "document_version_current", api.send("DELETE", doc + "/versions/3", ADMIN));
        data(200, api.sendJson("PATCH", doc, ADMIN, "{\"description\": \"Endfassung\"}"));
        data(200, api.sendJson("POST", doc + "/move", ADMIN, "{\"folder_id\": " + top + "}"));
        assertEquals(204, api.send("DELETE", doc, ADMIN).status());
        data(200, api.send("POST", doc + "/restore", ADMIN));
        problem(422, "folder_not_empty", api.send("DELETE", "/api/document-folders/" + top, ADMIN));
        assertEquals(
                204,
                api.send("DELETE", "/api/document-folders/" + top + "?recursive=true", ADMIN)
                        .status());
        data(200, api.send("POST", "/api/document-folders/" + top + "/restore", ADMIN));
        assertMatchesTheDocument();
    }

    @Test
    @Order(11)
    void deals_their_board_history_and_forecast_answer_as_documented() {
        String stages = "[{\"name\": \"Lead\", \"kind\": \"open\", \"probability\": 10},"
                + " {\"name\": \"Proposal\", \"kind\": \"open\"}, {\"name\": \"Won\", \"kind\": \"won\"},"
                + " {\"name\": \"Lost\", \"kind\": \"lost\"}]";
        var pipeline = data(
                201,
                api.sendJson(
                        "POST",
                        "/api/pipelines",
                        ADMIN,
                        "{\"name\": \"" + unique("Deals") + "\", \"stages\": " + stages + "}"));
        long pid = pipeline.path("id").asLong();
        long lead = pipeline.path("stages").get(0).path("id").asLong();
        long proposal = pipeline.path("stages").get(1).path("id").asLong();
        long lost = pipeline.path("stages").get(3).path("id").asLong();
        long company = id(api.sendJson("POST", "/api/companies", ADMIN, "{\"name\": \"" + unique("Kunde") + "\"}"));
        long contact = id(api.sendJson("POST", "/api/contacts", ADMIN, "{\"first_name\": \"Kontakt\"}"));
        String fields = "\"company_id\": " + company + ", \"pipeline_id\": " + pid;
        lifecycle(
                "/api/deals",
                "{\"title\": \"Rahmenvertrag\", " + fields + ", \"contact_ids\": [" + contact
                        + "], \"amount\": \"48000.00\", \"expected_close_date\": \"2027-03-31\"}",
                "{\"title\": \"Rahmenvertrag 2\", " + fields + ", \"amount\": \"1200.5\", \"probability\": 40}",
                "{\"expected_close_date\": null, \"probability\": null}",
                "{\"title\": \"\", " + fields + "}",
                false);
        long deal = id(api.sendJson(
                "POST", "/api/deals", ADMIN, "{\"title\": \"Zweiter\", " + fields + ", \"amount\": \"10\"}"));
        data(
                200,
                api.send(
                        "GET",
                        "/api/deals?pipeline_id=" + pid + "&status=open&owner_id=me&amount_min=1&amount_max=100000"
                                + "&expected_close_after=2026-01-01&expected_close_before=2028-01-01&search=rahmen"
                                + "&sort=-amount&company_id=" + company + "&contact_id=" + contact + "&stage_id="
                                + lead,
                        ADMIN));
        data(
                200,
                api.sendJson(
                        "POST",
                        "/api/deals/" + deal + "/move",
                        ADMIN,
                        "{\"stage_id\": " + proposal + ", \"position\": 0}"));
        problem(
                422,
                "validation_failed",
                api.sendJson(
                        "POST",
                        "/api/deals/" + deal + "/move",
                        ADMIN,
                        "{\"stage_id\": " + lost + ", \"position\": 0}"));
        data(
                200,
                api.sendJson(
                        "POST",
                        "/api/deals/" + deal + "/move",
                        ADMIN,
                        "{\"stage_id\": " + lost + ", \"position\": 0, \"lost_reason\": \"Budget\"}"));
        data(200, api.send("GET", "/api/deals/" + deal + "/stage-history", ADMIN));
        data(200, api.send("GET", "/api/pipelines/" + pid + "/board", ADMIN));
        data(200, api.send("GET", "/api/pipelines/" + pid + "/forecast", ADMIN));
        data(
                200,
                api.send(
                        "GET", "/api/pipelines/" + pid + "/forecast?group=owner&from=2026-01-01&to=2027-12-31", ADMIN));
        data(200, api.send("GET", "/api/pipelines/" + pid + "/forecast?group=stage&as_of=2026-06-30", ADMIN));
        problem(
                422,
                "validation_failed",
                api.sendOffSpec("GET", "/api/pipelines/" + pid + "/forecast?group=week", ADMIN, null, null));
        problem(422, "stage_in_use", api.send("DELETE", "/api/pipelines/" + pid + "/stages/" + lead, ADMIN));
        assertEquals(
                204,
                api.send("DELETE", "/api/pipelines/" + pid + "/stages/" + lead + "?move_to=" + proposal, ADMIN)
                        .status());
        assertMatchesTheDocument();
    }

    @Test
    @Order(13)
    void holidays_leave_types_requests_and_balances_answer_as_documented() {
        long holiday =
                id(api.sendJson("POST", "/api/holidays", ADMIN, "{\"date\": \"2031-01-01\", \"name\": \"New Year\"}"));
        problem(
                422,
                "holiday_date_taken",
                api.sendJson("POST", "/api/holidays", ADMIN, "{\"date\": \"2031-01-01\", \"name\": \"Again\"}"));
        data(200, api.send("GET", "/api/holidays?from=2031-01-01&to=2031-12-31", ADMIN));
        assertEquals(
                holiday,
                data(200, api.send("GET", "/api/holidays/" + holiday, ADMIN))
                        .path("id")
                        .asLong());
        assertEquals(204, api.send("DELETE", "/api/holidays/" + holiday, ADMIN).status());
        problem(404, "not_found", api.send("GET", "/api/holidays/" + holiday, ADMIN));

        String name = unique("Annual");
        long type = id(api.sendJson(
                "POST", "/api/leave-types", ADMIN, "{\"name\": \"" + name + "\", \"yearly_allowance_days\": 2}"));
        problem(
                422,
                "leave_type_name_taken",
                api.sendJson("POST", "/api/leave-types", ADMIN, "{\"name\": \"" + name + "\"}"));
        data(
                200,
                api.sendJson(
                        "PUT",
                        "/api/leave-types/" + type,
                        ADMIN,
                        "{\"name\": \"" + name + "\", \"yearly_allowance_days\": 2.5, \"half_days_allowed\": true}"));
        data(200, api.send("GET", "/api/leave-types", ADMIN));

        String body = "{\"user_id\": \"" + ASSIGNEE + "\", \"leave_type_id\": " + type
                + ", \"start_date\": \"2031-03-03\", \"end_date\": \"2031-03-04\", \"end_half\": \"am\"}";
        long request = id(api.sendJson("POST", "/api/leave-requests", ADMIN, body));
        problem(422, "leave_overlap", api.sendJson("POST", "/api/leave-requests", ADMIN, body));
        problem(
                422,
                "no_working_days",
                api.sendJson(
                        "POST",
                        "/api/leave-requests",
                        ADMIN,
                        "{\"user_id\": \"" + ASSIGNEE + "\", \"leave_type_id\": " + type
                                + ", \"start_date\": \"2031-03-08\", \"end_date\": \"2031-03-09\"}"));
        data(200, api.send("GET", "/api/leave-requests/" + request, ADMIN));
        data(200, api.send("GET", "/api/leave-requests?user_id=all&status=pending&from=2031-03-01", ADMIN));
        data(200, api.sendJson("POST", "/api/leave-requests/" + request + "/approve", ADMIN, "{\"note\": \"ok\"}"));
        problem(
                422,
                "invalid_transition",
                api.sendJson("POST", "/api/leave-requests/" + request + "/reject", ADMIN, "{}"));
        data(200, api.sendJson("POST", "/api/leave-requests/" + request + "/cancel", ADMIN, "{}"));
        long another = id(api.sendJson("POST", "/api/leave-requests", ADMIN, body));
        data(200, api.sendJson("POST", "/api/leave-requests/" + another + "/reject", ADMIN, "{}"));
        data(200, api.send("GET", "/api/leave-calendar?from=2031-03-01&to=2031-03-07", ADMIN));
        data(200, api.send("GET", "/api/leave-balances?user_id=" + ASSIGNEE + "&year=2031", ADMIN));
        data(
                200,
                api.sendJson(
                        "POST",
                        "/api/leave-balances/adjust",
                        ADMIN,
                        "{\"user_id\": \"" + ASSIGNEE + "\", \"leave_type_id\": " + type
                                + ", \"year\": 2031, \"days\": -0.5}"));
        assertMatchesTheDocument();
    }

    @Test
    @Order(12)
    void communication_logs_the_timeline_and_the_portal_answer_as_documented() {
        long company = customerCompany;
        long contact = customerContact;
        lifecycle(
                "/api/communication-logs",
                "{\"type\": \"call\", \"direction\": \"outbound\", \"subject\": \"Renewal\", \"duration_minutes\": 15,"
                        + " \"contact_id\": " + contact + ", \"visible_to_customer\": true}",
                "{\"type\": \"meeting\", \"subject\": \"Workshop\", \"occurred_at\": \"2026-11-20T09:00:00Z\","
                        + " \"company_id\": " + company + ", \"visible_to_customer\": true}",
                "{\"body\": \"Notes from the workshop\"}",
                "{\"type\": \"call\"}",
                false);
        data(
                200,
                api.send(
                        "GET",
                        "/api/communication-logs?company_id=" + company + "&type=meeting&search=work"
                                + "&from=2026-11-01&to=2026-11-30&sort=-created_at",
                        ADMIN));
        data(200, api.send("GET", "/api/companies/" + company + "/timeline?per_page=5", ADMIN));
        problem(404, "not_found", api.send("GET", "/api/companies/" + UNKNOWN + "/timeline", ADMIN));

        problem(403, "portal_account_missing", api.send("GET", "/api/portal/company", NO_ACCOUNT));
        problem(
                422,
                "portal_account_exists",
                api.sendJson(
                        "POST",
                        "/api/portal-accounts",
                        ADMIN,
                        "{\"user_id\": \"u-" + CUSTOMER + "\", \"contact_id\": " + contact + "}"));
        var accounts =
                data(200, api.send("GET", "/api/portal-accounts?contact_id=" + contact + "&sort=created_at", ADMIN));
        data(
                200,
                api.send(
                        "GET",
                        "/api/portal-accounts/" + accounts.get(0).path("id").asLong(),
                        ADMIN));
        data(200, api.send("GET", "/api/portal/company", CUSTOMER));
        var contacts = data(200, api.send("GET", "/api/portal/contacts?search=cecilia&sort=first_name", CUSTOMER));
        data(
                200,
                api.send(
                        "GET",
                        "/api/portal/contacts/" + contacts.get(0).path("id").asLong(),
                        CUSTOMER));
        var logs = data(200, api.send("GET", "/api/portal/communication-logs?type=meeting", CUSTOMER));
        data(
                200,
                api.send(
                        "GET",
                        "/api/portal/communication-logs/"
                                + logs.get(0).path("id").asLong(),
                        CUSTOMER));
        long pipeline = id(api.sendJson(
                "POST",
                "/api/pipelines",
                ADMIN,
                "{\"name\": \"" + unique("Portal sales") + "\", \"stages\": [{\"name\": \"Lead\", \"kind\": \"open\"},"
                        + " {\"name\": \"Won\", \"kind\": \"won\"}, {\"name\": \"Lost\", \"kind\": \"lost\"}]}"));
        long deal = id(api.sendJson(
                "POST",
                "/api/deals",
                ADMIN,
                "{\"title\": \"Portal deal\", \"company_id\": " + company + ", \"pipeline_id\": " + pipeline
                        + ", \"amount\": \"100.00\"}"));
        data(
                201,
                api.sendJson(
                        "POST", "/api/communication-logs", ADMIN, "{\"type\": \"note\", \"deal_id\": " + deal + "}"));
        data(200, api.send("GET", "/api/communication-logs?deal_id=" + deal, ADMIN));
        data(200, api.send("GET", "/api/companies/" + company + "/timeline?per_page=50", ADMIN));
        var deals = data(200, api.send("GET", "/api/portal/deals?search=portal&sort=-expected_close_date", CUSTOMER));
        data(200, api.send("GET", "/api/portal/deals/" + deals.get(0).path("id").asLong(), CUSTOMER));
        problem(404, "not_found", api.send("GET", "/api/portal/communication-logs/" + UNKNOWN, CUSTOMER));
        long extra = id(api.sendJson(
                "POST",
                "/api/portal-accounts",
                ADMIN,
                "{\"user_id\": \"u-oa-bence\", \"contact_id\": " + contact + "}"));
        assertEquals(
                204, api.send("DELETE", "/api/portal-accounts/" + extra, ADMIN).status());
        assertMatchesTheDocument();
    }

    @Test
    @Order(14)
    void shifts_assignments_and_the_roster_answer_as_documented() {
        String name = unique("Night");
        long shift = id(api.sendJson(
                "POST",
                "/api/shifts",
                ADMIN,
                "{\"name\": \"" + name + "\", \"start_time\": \"22:00\", \"end_time\": \"06:00\"}"));
        problem(
                422,
                "shift_name_taken",
                api.sendJson(
                        "POST",
                        "/api/shifts",
                        ADMIN,
                        "{\"name\": \"" + name + "\", \"start_time\": \"08:00\", \"end_time\": \"16:00\"}"));
        data(
                200,
                api.sendJson(
                        "PUT",
                        "/api/shifts/" + shift,
                        ADMIN,
                        "{\"name\": \"" + name
                                + "\", \"start_time\": \"21:00\", \"end_time\": \"05:00\", \"color\": \"#112233\"}"));
        data(200, api.send("GET", "/api/shifts", ADMIN));
        long assignment = id(api.sendJson(
                "POST",
                "/api/shift-assignments",
                ADMIN,
                "{\"user_id\": \"" + ASSIGNEE + "\", \"shift_id\": " + shift + ", \"date\": \"2032-01-05\"}"));
        problem(
                422,
                "shift_overlap",
                api.sendJson(
                        "POST",
                        "/api/shift-assignments",
                        ADMIN,
                        "{\"user_id\": \"" + ASSIGNEE + "\", \"shift_id\": " + shift + ", \"date\": \"2032-01-05\"}"));
        problem(422, "shift_in_use", api.send("DELETE", "/api/shifts/" + shift, ADMIN));
        data(
                200,
                api.sendJson(
                        "POST",
                        "/api/shift-assignments/recurring",
                        ADMIN,
                        "{\"user_id\": \"" + ASSIGNEE + "\", \"shift_id\": " + shift
                                + ", \"weekdays\": [\"tuesday\"], \"from\": \"2032-01-06\", \"to\": \"2032-01-20\"}"));
        problem(
                422,
                "shift_conflicts",
                api.sendJson(
                        "POST",
                        "/api/shift-assignments/recurring",
                        ADMIN,
                        "{\"user_id\": \"" + ASSIGNEE + "\", \"shift_id\": " + shift
                                + ", \"weekdays\": [\"tuesday\"], \"from\": \"2032-01-06\", \"to\": \"2032-01-20\"}"));
        data(200, api.send("GET", "/api/shift-assignments?from=2032-01-01&to=2032-01-31&user_id=" + ASSIGNEE, ADMIN));
        assertEquals(
                "2032-01-05",
                data(200, api.send("GET", "/api/shift-assignments/" + assignment, ADMIN))
                        .path("date")
                        .asText());
        data(200, api.send("GET", "/api/roster?from=2032-01-04&to=2032-01-10", ADMIN));
        assertEquals(
                200,
                api.send("GET", "/api/roster/export?from=2032-01-04&to=2032-01-10", ADMIN)
                        .status());
        assertEquals(
                204,
                api.send("DELETE", "/api/shift-assignments/" + assignment, ADMIN)
                        .status());
        long unused = id(api.sendJson(
                "POST",
                "/api/shifts",
                ADMIN,
                "{\"name\": \"" + unique("Unused") + "\", \"start_time\": \"08:00\", \"end_time\": \"16:00\"}"));
        assertEquals(204, api.send("DELETE", "/api/shifts/" + unused, ADMIN).status());
        assertMatchesTheDocument();
    }

    @Test
    @Order(15)
    void business_calendars_sla_policies_breaches_and_the_report_answer_as_documented() {
        String name = unique("Office");
        String hours =
                "{\"monday\": [[\"09:00\", \"12:00\"], [\"13:00\", \"17:00\"]], \"friday\": [[\"09:00\", \"15:00\"]]}";
        long calendar = id(api.sendJson(
                "POST",
                "/api/business-calendars",
                ADMIN,
                "{\"name\": \"" + name + "\", \"timezone\": \"Europe/Budapest\", \"hours\": " + hours + "}"));
        problem(
                422,
                "calendar_name_taken",
                api.sendJson(
                        "POST",
                        "/api/business-calendars",
                        ADMIN,
                        "{\"name\": \"" + name + "\", \"timezone\": \"UTC\", \"hours\": " + hours + "}"));
        data(
                200,
                api.sendJson(
                        "PUT",
                        "/api/business-calendars/" + calendar,
                        ADMIN,
                        "{\"name\": \"" + name + "\", \"timezone\": \"Europe/Vienna\", \"hours\": " + hours + "}"));
        data(200, api.send("GET", "/api/business-calendars", ADMIN));
        String policyName = unique("Gold");
        String policy = "{\"name\": \"" + policyName + "\", \"calendar_id\": " + calendar
                + ", \"applies_to\": {\"priority\": [\"urgent\"], \"project_id\": null},"
                + " \"first_response_minutes\": 60, \"resolution_minutes\": 480, \"pause_statuses\": [\"review\"],"
                + " \"warn_before_minutes\": 15, \"active\": false, \"position\": 5}";
        long id = id(api.sendJson("POST", "/api/sla/policies", ADMIN, policy));
        problem(422, "sla_policy_name_taken", api.sendJson("POST", "/api/sla/policies", ADMIN, policy));
        data(200, api.sendJson("PUT", "/api/sla/policies/" + id, ADMIN, policy.replace("480", "960")));
        data(200, api.send("GET", "/api/sla/policies", ADMIN));
        long task = id(
                api.sendJson("POST", "/api/tasks", ADMIN, "{\"title\": \"SLA\", \"project_id\": " + project() + "}"));
        data(200, api.send("GET", "/api/tasks/" + task + "/sla", ADMIN));
        data(200, api.send("GET", "/api/sla/breaches?from=2026-01-01&resolved=false&policy_id=" + id, ADMIN));
        data(200, api.send("GET", "/api/sla/report?from=2026-01-01&to=2026-12-31", ADMIN));
        assertMatchesTheDocument();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void every_operation_of_the_document_answered_a_success() {
        Map<String, Set<Integer>> answered = api.answered();
        var untried = new ArrayList<String>();
        var summary = new TreeMap<String, Set<Integer>>();
        for (OpenApiCheck.Operation operation : api.operations()) {
            Set<Integer> statuses = answered.getOrDefault(operation.name(), Set.of());
            summary.put(operation.name(), statuses);
            if (statuses.stream().noneMatch(status -> status >= 200 && status < 300)) {
                untried.add(operation.name());
            }
        }
        assertTrue(untried.isEmpty(), () -> "no success checked for " + untried + "; answered: " + summary);
    }

    private static Set<String> fieldNames(JsonNode node) {
        var names = new java.util.TreeSet<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
