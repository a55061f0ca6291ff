package com.vecton.crm.adapter.in.rest;

import static com.vecton.crm.adapter.in.rest.support.FakeAccess.ADMIN;
import static com.vecton.crm.adapter.in.rest.support.FakeAccess.READER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.in.rest.support.TestApi;
import com.vecton.crm.domain.contact.ContactDetails;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input that Postgres cannot store is a 422 naming its field, for bodies, query and path
 * parameters alike, before any use case runs: a NUL in text, an instant or date outside the years
 * 1-9999, an integer outside its type. (With the in-memory API, reaching a task, project or time
 * entry use case would be a 500; every 422 here is the boundary's own.)
 */
class UnstorableInputTest {
    private static final String NUL = "must not contain a NUL character";
    private static final String YEARS = "must be between 0001-01-01 and 9999-12-31";
    private static final String LONG_RANGE = "must be between -9223372036854775808 and 9223372036854775807";
    private static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** The field errors of a 422 validation_failed, by field. */
    private static Map<String, List<String>> errorsOf(TestApi.Answer answer) {
        assertEquals(422, answer.status(), answer::toString);
        assertEquals("validation_failed", answer.json().path("error").asText(), answer::toString);
        var errors = new java.util.LinkedHashMap<String, List<String>>();
        answer.json().path("errors").fields().forEachRemaining(field -> {
            var messages = new java.util.ArrayList<String>();
            field.getValue().forEach(m -> messages.add(m.asText()));
            errors.put(field.getKey(), messages);
        });
        return errors;
    }

    private static Set<String> fieldsOf(TestApi.Answer answer) {
        return new TreeSet<>(errorsOf(answer).keySet());
    }

    private static TestApi.Answer post(String path, String json) {
        return api.send("POST", path, ADMIN, json);
    }

    private int contactCalls(String call) {
        return api.contacts.calls.getOrDefault(call, 0);
    }

    @Test
    void a_nul_in_a_body_text_is_a_422_naming_the_field_and_reaches_no_use_case() {
        int created = contactCalls("create");

        var answer = post("/api/contacts", "{\"first_name\": \"Ödön\\u0000\", \"last_name\": \"Árvai\"}");

        assertEquals(Map.of("first_name", List.of(NUL)), errorsOf(answer));
        assertEquals(created, contactCalls("create"));
    }

    @Test
    void nuls_come_in_one_422_together_with_the_domains_own_errors() {
        var answer = post(
                "/api/contacts",
                "{\"first_name\": \"a\\u0000\", \"notes\": \"\\u0000\", \"email\": \"not an address\"}");

        var errors = errorsOf(answer);
        assertEquals(Set.of("first_name", "notes", "email"), errors.keySet(), answer::toString);
        assertEquals(List.of(NUL), errors.get("first_name"), "the refused text is not also called missing");
        assertEquals(List.of(NUL), errors.get("notes"));
    }

    @Test
    void a_nul_in_a_patch_is_refused_and_changes_nothing() {
        long contact = api.contacts
                .add(new ContactDetails("Anna", "Kovács", null, null, null, null, null))
                .id()
                .value();
        int edits = contactCalls("edit");
        assertEquals(
                Map.of("job_title", List.of(NUL)),
                errorsOf(api.send("PATCH", "/api/contacts/" + contact, ADMIN, "{\"job_title\": \"CEO\\u0000\"}")));
        assertEquals(edits, contactCalls("edit"));

        long company = post("/api/companies", "{\"name\": \"Alföldi Kft.\"}")
                .json()
                .path("data")
                .path("id")
                .asLong();
        assertEquals(
                Map.of("city", List.of(NUL)),
                errorsOf(api.send("PATCH", "/api/companies/" + company, ADMIN, "{\"city\": \"Pécs\\u0000\"}")));
        assertEquals(
                "Alföldi Kft.",
                api.get("/api/companies/" + company, ADMIN)
                        .json()
                        .path("data")
                        .path("name")
                        .asText());
    }

    @Test
    void the_overlong_utf8_form_of_nul_is_refused_as_a_nul_not_a_500() {
        var body = new ByteArrayOutputStream();
        body.writeBytes("{\"last_name\": \"Ár".getBytes(StandardCharsets.UTF_8));
        body.write(0xC0);
        body.write(0x80);
        body.writeBytes("vai\"}".getBytes(StandardCharsets.UTF_8));
        int created = contactCalls("create");

        var answer = api.send(api.request("/api/contacts")
                .header("Authorization", "Bearer " + ADMIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));

        // Jackson decodes C0 80 to U+0000 rather than refusing it, so it meets the NUL check.
        assertEquals(Map.of("last_name", List.of(NUL)), errorsOf(answer));
        assertEquals(created, contactCalls("create"));
    }

    @Test
    void a_nul_in_a_list_of_strings_is_refused_on_the_list() {
        var answer = post(
                "/api/tasks",
                "{\"title\": \"Spec\", \"project_id\": 1, \"assignee_ids\": [\"u-anna\", \"u-\\u0000\"]}");

        assertEquals(Map.of("assignee_ids", List.of(NUL)), errorsOf(answer));
    }

    @Test
    void a_nul_in_an_enumerated_or_id_string_is_refused_on_its_field() {
        var task = errorsOf(
                post(
                        "/api/tasks",
                        "{\"title\": \"Spec\", \"project_id\": 1, \"status\": \"todo\\u0000\", \"priority\": \"\\u0000high\"}"));
        assertEquals(Set.of("status", "priority"), task.keySet());
        assertTrue(task.get("status").contains(NUL), task::toString);
        assertTrue(task.get("priority").contains(NUL), task::toString);

        var member =
                errorsOf(post("/api/projects/3/members", "{\"user_id\": \"u-\\u0000\", \"role\": \"viewer\\u0000\"}"));
        assertEquals(Set.of("user_id", "role"), member.keySet());
        assertTrue(member.get("user_id").contains(NUL), member::toString);

        assertEquals(
                Map.of("note", List.of(NUL)),
                errorsOf(post("/api/time-entries/start", "{\"project_id\": 1, \"note\": \"call\\u0000\"}")));
        assertEquals(
                Set.of("user_id"),
                fieldsOf(
                        post(
                                "/api/time-entries",
                                "{\"user_id\": \"u-\\u0000\", "
                                        + "\"project_id\": 1, \"started_at\": \"2026-11-20T09:00:00Z\", \"ended_at\": \"2026-11-20T10:00:00Z\"}")));
    }

    @Test
    void body_instants_outside_years_1_to_9999_are_422_on_their_field() {
        for (String outside : List.of(
                "+999999999-12-31T23:59:59Z",
                "+10000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.9999999Z",
                "0000-12-31T23:59:59.999999Z",
                "0001-01-01T00:30:00+01:00",
                "-0001-06-01T00:00:00Z")) {
            var answer =
                    post("/api/tasks", "{\"title\": \"Spec\", \"project_id\": 1, \"due_at\": \"" + outside + "\"}");
            assertEquals(Map.of("due_at", List.of(YEARS)), errorsOf(answer), outside);
        }
        var entry = errorsOf(
                post(
                        "/api/time-entries",
                        "{\"project_id\": 1, "
                                + "\"started_at\": \"-999999999-01-01T00:00:00Z\", \"ended_at\": \"+999999999-12-31T23:59:59Z\"}"));
        assertEquals(List.of(YEARS), entry.get("started_at"), entry::toString);
        assertEquals(List.of(YEARS), entry.get("ended_at"), entry::toString);
    }

    @Test
    void body_dates_outside_years_1_to_9999_are_422_on_their_field() {
        var answer = errorsOf(post(
                "/api/projects",
                "{\"name\": \"Far\", \"start_date\": \"0000-12-31\", \"end_date\": \"+10000-01-01\"}"));
        assertEquals(Map.of("start_date", List.of(YEARS), "end_date", List.of(YEARS)), answer);
        assertEquals(
                Map.of("end_date", List.of(YEARS)),
                errorsOf(post("/api/projects", "{\"name\": \"Far\", \"end_date\": \"+999999999-12-31\"}")));
    }

    @Test
    void body_integers_outside_their_type_are_422_on_their_field() {
        assertEquals(
                Map.of("company_id", List.of(LONG_RANGE)),
                errorsOf(post("/api/contacts", "{\"last_name\": \"Nagy\", \"company_id\": 9223372036854775808}")));
        assertEquals(
                Map.of("project_id", List.of(LONG_RANGE), "label_ids", List.of(LONG_RANGE)),
                errorsOf(
                        post(
                                "/api/tasks",
                                "{\"title\": \"Spec\", \"project_id\": 99999999999999999999, \"label_ids\": [1, 9223372036854775808]}")));
        assertEquals(
                Map.of("task_id", List.of(LONG_RANGE)),
                errorsOf(post("/api/time-entries/start", "{\"task_id\": 18446744073709551616}")));
    }

    @Test
    void a_nul_in_any_query_parameter_of_any_route_is_a_422_naming_each() {
        assertEquals(
                Map.of("subject_id", List.of(NUL), "subject_type", List.of(NUL)),
                errorsOf(api.get("/api/activity-logs?subject_id=%00&subject_type=contact%00", ADMIN)));
        assertEquals(
                Set.of("search", "sort"), fieldsOf(api.get("/api/contacts?search=%C3%81rvai%00&sort=%00name", ADMIN)));
        assertEquals(Set.of("status"), fieldsOf(api.get("/api/tasks?status=todo%00", ADMIN)));
        assertEquals(
                Set.of("ignored"),
                fieldsOf(api.get("/api/contacts?ignored=%00", ADMIN)),
                "a parameter no route reads today may be read by a route tomorrow");
    }

    @Test
    void a_nul_in_a_path_parameter_is_a_422_naming_it_while_an_id_with_one_stays_404() {
        assertEquals(
                Map.of("user_id", List.of(NUL)),
                errorsOf(api.send("DELETE", "/api/projects/3/members/%00", ADMIN, null)));
        assertEquals(
                Map.of("user_id", List.of(NUL)),
                errorsOf(api.send("DELETE", "/api/projects/3/members/u-%00-x", ADMIN, null)));

        var id = api.get("/api/contacts/1%00", ADMIN);
        assertEquals(404, id.status(), id::toString);
        assertEquals("not_found", id.json().path("error").asText());
        assertEquals(
                404,
                api.send("DELETE", "/api/projects/%00/members/u-anna", ADMIN, null)
                        .status());
    }

    @Test
    void parameters_are_checked_only_after_the_gate() {
        var anonymous = api.get("/api/activity-logs?subject_id=%00", null);
        assertEquals(401, anonymous.status(), anonymous::toString);
        var forbidden = api.send("DELETE", "/api/projects/3/members/%00", READER, null);
        assertEquals(403, forbidden.status(), forbidden::toString);
        assertEquals(Set.of("user_id"), fieldsOf(api.send("DELETE", "/api/projects/3/members/%00", ADMIN, null)));
    }

    @Test
    void query_instants_and_dates_are_taken_up_to_the_edges_of_years_1_to_9999() {
        var days = api.get("/api/activity-logs?from=0001-01-01&to=9999-12-31", ADMIN);
        assertEquals(200, days.status(), days::toString);
        assertEquals(
                Optional.of(Instant.parse("0001-01-01T00:00:00Z")),
                api.activityQuery.get().from());
        assertEquals(
                Optional.of(Instant.parse("9999-12-31T00:00:00Z")),
                api.activityQuery.get().to(),
                "a date means the start of that day, as before");

        var instants = api.get("/api/activity-logs?from=0001-01-01T00:00:00Z&to=9999-12-31T23:59:59.999999Z", ADMIN);
        assertEquals(200, instants.status(), instants::toString);
        assertEquals(
                Optional.of(Instant.parse("9999-12-31T23:59:59.999999Z")),
                api.activityQuery.get().to());

        assertEquals(
                Map.of("from", List.of(YEARS), "to", List.of(YEARS)),
                errorsOf(api.get("/api/activity-logs?from=0000-12-31&to=%2B10000-01-01", ADMIN)));
        assertEquals(
                Map.of("from", List.of(YEARS)),
                errorsOf(api.get("/api/activity-logs?from=%2B999999999-12-31T23:59:59Z", ADMIN)));
        assertEquals(
                Map.of("to", List.of(YEARS)),
                errorsOf(api.get("/api/activity-logs?to=0000-12-31T23:59:59.999999Z", ADMIN)));
    }

    @Test
    void time_entry_filters_and_exports_refuse_times_outside_years_1_to_9999() {
        assertEquals(
                Map.of("from", List.of(YEARS), "to", List.of(YEARS)),
                errorsOf(api.get("/api/time-entries?from=-999999999-01-01T00:00:00Z&to=%2B999999999-12-31", ADMIN)));
        assertEquals(
                Map.of("from", List.of(YEARS)),
                errorsOf(api.get("/api/time-entries/export?from=0000-12-31&to=0001-01-02", ADMIN)));
    }

    @Test
    void query_ids_beyond_64_bits_are_told_the_range() {
        assertEquals(
                Map.of("company_id", List.of("must be between 1 and 9223372036854775807")),
                errorsOf(api.get("/api/contacts?company_id=9223372036854775808", ADMIN)));
        assertEquals(
                Map.of("project_id", List.of("must be between 1 and 9223372036854775807")),
                errorsOf(api.get("/api/time-entries?project_id=99999999999999999999", ADMIN)));
    }
}
