package com.vecton.crm.adapter.in.rest;

import static com.vecton.crm.adapter.in.rest.support.FakeAccess.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.in.rest.support.TestApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the time entry routes refuse before any use case runs: malformed filters, export
 * parameters and bodies. (With the in-memory API, reaching a use case would be a 500; every
 * answer here is the handler's own.) Behaviour is tested end to end in bootstrap.
 */
class TimeEntryRoutesTest {
    private static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static List<String> fieldsOf(TestApi.Answer answer) {
        assertEquals(422, answer.status(), answer::toString);
        assertEquals("validation_failed", answer.json().path("error").asText(), answer::toString);
        var fields = new ArrayList<String>();
        answer.json().path("errors").fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    @Test
    void the_export_route_is_matched_before_the_item_route_and_needs_from_and_to() {
        var answer = api.get("/api/time-entries/export", ADMIN);

        assertEquals(List.of("from", "to"), fieldsOf(answer), "an item route would answer 404 for the id 'export'");
    }

    @Test
    void an_export_of_another_format_or_over_366_days_is_refused_on_its_field() {
        assertEquals(
                List.of("format"),
                fieldsOf(api.get("/api/time-entries/export?from=2026-01-01&to=2026-01-31&format=xlsx", ADMIN)));
        // A date "to" runs to the end of its day: 2026-01-01 to 2027-01-01 is 366 days (allowed), one more is not.
        JsonNode tooLong = api.get("/api/time-entries/export?from=2026-01-01&to=2027-01-02", ADMIN)
                .json();
        assertEquals(
                "must be at most 366 days after from",
                tooLong.path("errors").path("to").get(0).asText(),
                tooLong::toString);
    }

    @Test
    void malformed_list_filters_are_one_422_naming_each() {
        var answer = api.get("/api/time-entries?from=yesterday&to=2026-13-01&project_id=0&task_id=x&per_page=y", ADMIN);

        assertEquals(List.of("per_page", "project_id", "task_id", "from", "to"), fieldsOf(answer));
    }

    @Test
    void a_range_that_ends_before_it_starts_is_refused_on_to() {
        assertEquals(List.of("to"), fieldsOf(api.get("/api/time-entries?from=2026-11-20&to=2026-11-19", ADMIN)));
    }

    @Test
    void billable_must_be_a_boolean_and_times_must_be_times() {
        var notABoolean = api.send(
                "POST",
                "/api/time-entries",
                ADMIN,
                "{\"project_id\": 1, \"started_at\": \"2026-11-20T09:00:00Z\", \"billable\": \"yes\"}");
        assertEquals(400, notABoolean.status(), notABoolean::toString);
        assertEquals("malformed_request", notABoolean.json().path("error").asText());

        var badTimes = api.send(
                "POST",
                "/api/time-entries",
                ADMIN,
                "{\"started_at\": \"9 am\", \"ended_at\": \"2026-11-20 10:00\", \"billable\": true}");
        assertEquals(List.of("started_at", "ended_at", "project_id"), fieldsOf(badTimes));
        assertTrue(badTimes.json()
                .path("errors")
                .path("project_id")
                .get(0)
                .asText()
                .contains("task_id"));
    }

    @Test
    void a_timer_with_an_impossible_task_is_refused_on_task_id() {
        assertEquals(
                List.of("task_id"), fieldsOf(api.send("POST", "/api/time-entries/start", ADMIN, "{\"task_id\": -3}")));
    }
}
