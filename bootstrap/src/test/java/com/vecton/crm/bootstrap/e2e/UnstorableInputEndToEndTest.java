package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Postgres cannot store is refused at the boundary, through the real server and database: a
 * NUL in any text, an instant or date outside the years 1-9999, an integer outside its type are a
 * 422 naming the field and store nothing, where they used to be 500s; the edges of the range are
 * stored and read back as sent.
 */
class UnstorableInputEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String NUL = "must not contain a NUL character";
    private static final String YEARS = "must be between 0001-01-01 and 9999-12-31";
    private static final String OWNER = "u-unstorable-owner";
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
        crm.sql(c -> c.createStatement()
                .executeUpdate("INSERT INTO tenant_users (id, name, email, is_active) " + "VALUES ('" + OWNER
                        + "', 'Owner', 'owner@acme.test', true) ON CONFLICT (id) DO NOTHING"));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static JsonNode refused(HttpResult result, String field) {
        assertEquals(422, result.status(), result::toString);
        assertEquals("validation_failed", result.error(), result::toString);
        JsonNode messages = result.json().path("errors").path(field);
        assertTrue(messages.isArray() && !messages.isEmpty(), () -> field + " is named: " + result);
        return messages;
    }

    private static void refusedAs(HttpResult result, String field, String message) {
        assertEquals(List.of(message), texts(refused(result, field)), result::toString);
    }

    private static List<String> texts(JsonNode array) {
        var texts = new java.util.ArrayList<String>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static long count(String sql) {
        return crm.sql(c -> {
            try (var rows = c.createStatement().executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static long created(HttpResult result) {
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data").path("id").asLong();
    }

    private static long project() {
        return created(crm.post("/api/projects", ADMIN, "{\"name\": \"Edges " + System.nanoTime() + "\"}"));
    }

    @Test
    void a_contact_with_a_nul_in_a_name_is_422_and_stores_nothing() {
        String marker = "Nul" + System.nanoTime();
        refusedAs(
                crm.post(
                        "/api/contacts", ADMIN, "{\"first_name\": \"Ödön\\u0000\", \"last_name\": \"" + marker + "\"}"),
                "first_name",
                NUL);

        var overlong = new ByteArrayOutputStream();
        overlong.writeBytes(("{\"last_name\": \"" + marker).getBytes(StandardCharsets.UTF_8));
        overlong.write(0xC0);
        overlong.write(0x80);
        overlong.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        refusedAs(
                crm.send(crm.request("/api/contacts", ADMIN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(overlong.toByteArray()))),
                "last_name",
                NUL);

        assertEquals(0, count("SELECT count(*) FROM contacts WHERE last_name LIKE '" + marker + "%'"));

        long id = created(crm.post("/api/contacts", ADMIN, "{\"last_name\": \"" + marker + "\"}"));
        refusedAs(crm.patch("/api/contacts/" + id, ADMIN, "{\"notes\": \"a\\u0000b\"}"), "notes", NUL);
        assertEquals(0, count("SELECT count(*) FROM contacts WHERE id = " + id + " AND notes IS NOT NULL"));
    }

    @Test
    void a_task_due_outside_years_1_to_9999_is_422_and_stores_nothing_while_the_edges_round_trip() {
        long project = project();
        for (String outside : List.of("+999999999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "0000-12-31T23:59:59Z")) {
            refusedAs(
                    crm.post(
                            "/api/tasks",
                            ADMIN,
                            "{\"title\": \"Far\", \"project_id\": " + project + ", \"due_at\": \"" + outside + "\"}"),
                    "due_at",
                    YEARS);
        }
        assertEquals(0, count("SELECT count(*) FROM tasks WHERE project_id = " + project));

        for (String edge : List.of("0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z")) {
            long task = created(crm.post(
                    "/api/tasks",
                    ADMIN,
                    "{\"title\": \"Edge\", \"project_id\": " + project + ", \"due_at\": \"" + edge + "\"}"));
            assertEquals(
                    edge,
                    crm.get("/api/tasks/" + task, ADMIN)
                            .json()
                            .path("data")
                            .path("due_at")
                            .asText());
            assertEquals(
                    1,
                    count("SELECT count(*) FROM tasks WHERE id = " + task + " AND due_at = '" + edge
                            + "'::timestamptz"),
                    "stored as sent, not shifted by a calendar");
        }
    }

    @Test
    void project_dates_outside_years_1_to_9999_are_422_while_the_edges_round_trip() {
        String name = "Dates " + System.nanoTime();
        var far = crm.post(
                "/api/projects",
                ADMIN,
                "{\"name\": \"" + name + "\", \"start_date\": \"0000-12-31\", "
                        + "\"end_date\": \"+999999999-12-31\"}");
        refusedAs(far, "start_date", YEARS);
        refusedAs(far, "end_date", YEARS);
        assertEquals(0, count("SELECT count(*) FROM projects WHERE name = '" + name + "'"));

        long id = created(crm.post(
                "/api/projects",
                ADMIN,
                "{\"name\": \"" + name + "\", \"start_date\": \"0001-01-01\", " + "\"end_date\": \"9999-12-31\"}"));
        var data = crm.get("/api/projects/" + id, ADMIN).json().path("data");
        assertEquals("0001-01-01", data.path("start_date").asText());
        assertEquals("9999-12-31", data.path("end_date").asText());
    }

    @Test
    void time_entries_refuse_times_outside_years_1_to_9999_and_their_filters_take_the_edges() {
        long project = project();
        var entry = crm.post(
                "/api/time-entries",
                ADMIN,
                "{\"user_id\": \"" + OWNER + "\", \"project_id\": " + project
                        + ", \"started_at\": \"-999999999-01-01T00:00:00Z\", \"ended_at\": \"+999999999-12-31T23:59:59Z\"}");
        refusedAs(entry, "started_at", YEARS);
        refusedAs(entry, "ended_at", YEARS);
        assertEquals(0, count("SELECT count(*) FROM time_entries WHERE project_id = " + project));

        refusedAs(crm.get("/api/time-entries?from=%2B999999999-12-31T23:59:59Z", ADMIN), "from", YEARS);
        refusedAs(crm.get("/api/time-entries/export?from=0000-12-31&to=0001-01-01", ADMIN), "from", YEARS);
        var widest = crm.get("/api/time-entries?from=0001-01-01&to=9999-12-31&project_id=" + project, ADMIN);
        assertEquals(200, widest.status(), widest::toString);
        var latest = crm.get("/api/time-entries?from=9999-12-31T23:59:59.999999Z&to=9999-12-31", ADMIN);
        assertEquals(200, latest.status(), latest::toString);
    }

    @Test
    void a_nul_in_a_query_or_path_parameter_is_422_naming_it() {
        refusedAs(crm.get("/api/activity-logs?subject_id=%00", ADMIN), "subject_id", NUL);
        refusedAs(crm.get("/api/contacts?search=%00", ADMIN), "search", NUL);
        long project = project();
        refusedAs(crm.delete("/api/projects/" + project + "/members/%00", ADMIN), "user_id", NUL);
        assertEquals(401, crm.get("/api/activity-logs?subject_id=%00", null).status(), "the gate answers first");
    }

    @Test
    void activity_log_times_outside_years_1_to_9999_are_422_while_the_edges_are_taken() {
        refusedAs(crm.get("/api/activity-logs?from=%2B999999999-12-31T23:59:59Z", ADMIN), "from", YEARS);
        refusedAs(crm.get("/api/activity-logs?to=0000-12-31", ADMIN), "to", YEARS);
        var widest = crm.get("/api/activity-logs?from=0001-01-01T00:00:00Z&to=9999-12-31T23:59:59.999999Z", ADMIN);
        assertEquals(200, widest.status(), widest::toString);
    }

    @Test
    void integers_outside_their_type_are_422_and_store_nothing() {
        String marker = "Big" + System.nanoTime();
        refused(
                crm.post(
                        "/api/contacts",
                        ADMIN,
                        "{\"last_name\": \"" + marker + "\", \"company_id\": 9223372036854775808}"),
                "company_id");
        assertEquals(0, count("SELECT count(*) FROM contacts WHERE last_name = '" + marker + "'"));

        long project = project();
        refused(
                crm.post("/api/tasks", ADMIN, "{\"title\": \"Big\", \"project_id\": 9223372036854775808}"),
                "project_id");
        refused(
                crm.post(
                        "/api/time-entries/start",
                        ADMIN,
                        "{\"user_id\": \"" + OWNER + "\", \"project_id\": " + project
                                + ", \"task_id\": 18446744073709551616}"),
                "task_id");
        assertEquals(0, count("SELECT count(*) FROM time_entries WHERE project_id = " + project));

        long a = created(crm.post("/api/tasks", ADMIN, "{\"title\": \"A\", \"project_id\": " + project + "}"));
        created(crm.post("/api/tasks", ADMIN, "{\"title\": \"B\", \"project_id\": " + project + "}"));
        refusedAs(
                crm.post("/api/tasks/" + a + "/move", ADMIN, "{\"status\": \"todo\", \"position\": 2147483648}"),
                "position",
                "must be between 0 and 2147483647");
        assertEquals(0, count("SELECT position FROM tasks WHERE id = " + a));
        var toTheEnd = crm.post("/api/tasks/" + a + "/move", ADMIN, "{\"status\": \"todo\", \"position\": 2147483647}");
        assertEquals(200, toTheEnd.status(), toTheEnd::toString);
        assertEquals(1, toTheEnd.json().path("data").path("position").asInt(), "the largest int is clamped to the end");
    }
}
