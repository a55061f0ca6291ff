package com.vecton.crm.adapter.in.rest;

import static com.vecton.crm.adapter.in.rest.support.FakeAccess.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.vecton.crm.adapter.in.rest.problem.UnexpectedExceptionMapper;
import com.vecton.crm.adapter.in.rest.support.FakeAccess;
import com.vecton.crm.adapter.in.rest.support.FakeCompanies;
import com.vecton.crm.adapter.in.rest.support.FakeContacts;
import com.vecton.crm.adapter.in.rest.support.LogCapture;
import com.vecton.crm.adapter.in.rest.support.TestApi;
import com.vecton.crm.adapter.in.rest.support.TestApi.Answer;
import java.net.http.HttpRequest;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every failure answers one RFC 9457 shape, with the contract's status and code. */
class ProblemResponsesTest {
    private static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** The members every problem has, and the request id that ties it to the logs. */
    private static void assertProblem(Answer answer, int status, String error) {
        assertEquals(status, answer.status(), answer::toString);
        assertEquals("application/problem+json", answer.contentType(), answer::toString);
        var body = answer.json();
        assertEquals("about:blank", body.path("type").asText());
        assertFalse(body.path("title").asText().isBlank());
        assertEquals(status, body.path("status").asInt());
        assertFalse(body.path("detail").asText().isBlank());
        assertEquals(error, body.path("error").asText(), answer::toString);
        assertNotNull(answer.header("X-Request-Id"));
        assertEquals(answer.header("X-Request-Id"), body.path("request_id").asText());
    }

    @Test
    void invalid_json_is_a_malformed_request() {
        assertProblem(api.send("POST", "/api/contacts", ADMIN, "{\"first_name\": \"Ödön\""), 400, "malformed_request");
        assertProblem(
                api.send("POST", "/api/contacts", ADMIN, "{\"first_name\": \"a\"} trailing"), 400, "malformed_request");
        assertProblem(
                api.send("POST", "/api/contacts", ADMIN, "{\"first_name\": \"a\", \"first_name\": \"b\"}"),
                400,
                "malformed_request");
    }

    @Test
    void a_field_of_the_wrong_json_type_is_a_malformed_request_naming_it() {
        var answer = api.send("POST", "/api/contacts", ADMIN, "{\"first_name\": 5}");
        assertProblem(answer, 400, "malformed_request");
        assertTrue(answer.json().path("detail").asText().contains("first_name"));
        assertProblem(
                api.send("POST", "/api/contacts", ADMIN, "{\"last_name\": \"x\", \"company_id\": \"abc\"}"),
                400,
                "malformed_request");
        assertProblem(
                api.send("POST", "/api/contacts", ADMIN, "{\"last_name\": \"x\", \"company_id\": 1.5}"),
                400,
                "malformed_request");
        assertProblem(api.send("POST", "/api/companies", ADMIN, "{\"name\": [\"Acme\"]}"), 400, "malformed_request");
    }

    @Test
    void a_body_that_is_not_an_object_is_a_malformed_request() {
        assertProblem(api.send("POST", "/api/contacts", ADMIN, "[{\"first_name\": \"a\"}]"), 400, "malformed_request");
        assertProblem(api.send("POST", "/api/contacts", ADMIN, "\"text\""), 400, "malformed_request");
        assertProblem(api.send("POST", "/api/contacts", ADMIN, ""), 400, "malformed_request");
    }

    @Test
    void failed_validation_names_every_failing_field() {
        var answer = api.send("POST", "/api/contacts", ADMIN, "{\"email\": \"not-an-email\", \"company_id\": 0}");
        assertProblem(answer, 422, "validation_failed");
        var errors = answer.json().path("errors");
        assertEquals(Set.of("first_name", "last_name", "email", "company_id"), Set.copyOf(fieldNames(errors)));
        assertTrue(errors.path("email").get(0).isTextual());
    }

    @Test
    void a_broken_business_rule_is_a_422_with_its_own_code() {
        var answer =
                api.send("POST", "/api/companies", ADMIN, "{\"name\": \"" + FakeCompanies.RULE_BREAKING_NAME + "\"}");
        assertProblem(answer, 422, "company_name_reserved");
        assertTrue(answer.json().path("errors").isMissingNode());
    }

    @Test
    void a_conflict_is_a_409() {
        assertProblem(
                api.send("POST", "/api/companies", ADMIN, "{\"name\": \"" + FakeCompanies.CONFLICTING_NAME + "\"}"),
                409,
                "company_exists");
    }

    @Test
    void an_unknown_id_is_not_found() {
        assertProblem(api.get("/api/contacts/424242", ADMIN), 404, "not_found");
    }

    @Test
    void an_unknown_route_is_not_found() {
        assertProblem(api.get("/api/nothing-here", ADMIN), 404, "not_found");
        assertProblem(api.get("/", null), 404, "not_found");
    }

    @Test
    void a_wrong_method_is_405_and_keeps_the_allow_header() {
        var answer = api.send("DELETE", "/api/contacts", ADMIN, null);
        assertProblem(answer, 405, "method_not_allowed");
        var allow = answer.header("Allow");
        assertNotNull(allow);
        assertTrue(allow.contains("GET") && allow.contains("POST"), allow);
    }

    @Test
    void a_body_that_is_not_json_is_an_unsupported_media_type() {
        var answer = api.send(api.request("/api/contacts")
                .header("Authorization", "Bearer " + ADMIN)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("first_name=a")));
        assertProblem(answer, 415, "unsupported_media_type");
    }

    @Test
    void asking_for_something_other_than_json_is_not_acceptable() {
        var answer = api.send(api.request("/api/contacts")
                .header("Authorization", "Bearer " + ADMIN)
                .header("Accept", "text/html")
                .GET());
        assertProblem(answer, 406, "not_acceptable");
    }

    @Test
    void unauthenticated_is_401_with_a_bearer_challenge() {
        var missing = api.get("/api/contacts", null);
        assertProblem(missing, 401, "token_missing");
        assertEquals("Bearer", missing.header("WWW-Authenticate"));
        var invalid = api.get("/api/contacts", "who-knows");
        assertProblem(invalid, 401, "token_invalid");
        assertEquals("Bearer error=\"invalid_token\"", invalid.header("WWW-Authenticate"));
    }

    @Test
    void forbidden_is_403() {
        assertProblem(
                api.send("POST", "/api/contacts", FakeAccess.READER, "{\"last_name\": \"x\"}"),
                403,
                "permission_denied");
    }

    @Test
    void an_unavailable_dependency_is_503_with_retry_after_in_whole_seconds() {
        var rounded = api.get("/api/contacts", FakeAccess.IDENTITY_DOWN);
        assertProblem(rounded, 503, "identity_unavailable");
        assertEquals("3", rounded.header("Retry-After"));
        var defaulted = api.get("/api/contacts", FakeAccess.POLICIES_DOWN);
        assertProblem(defaulted, 503, "identity_unavailable");
        assertEquals("5", defaulted.header("Retry-After"));
    }

    @Test
    void an_unexpected_failure_is_500_naming_only_the_request_id_and_logged_once_with_it() {
        try (var log = new LogCapture(UnexpectedExceptionMapper.class)) {
            var answer = api.get("/api/contacts/" + FakeContacts.EXPLODING_ID, ADMIN);
            assertProblem(answer, 500, "internal_error");
            String body = answer.body();
            for (String leak : Set.of("IllegalStateException", "java.", "SELECT", "secret", "relation", "at com.")) {
                assertFalse(body.contains(leak), () -> "leaks " + leak + ": " + body);
            }
            var requestId = answer.header("X-Request-Id");
            var errors = log.events().stream()
                    .filter(e -> e.getLevel() == Level.ERROR)
                    .toList();
            assertEquals(1, errors.size());
            assertTrue(errors.get(0).getFormattedMessage().contains(requestId));
            assertEquals(requestId, errors.get(0).getMDCPropertyMap().get("request_id"));
            assertNotNull(errors.get(0).getThrowableProxy(), "the stack trace is logged");
        }
    }

    private static java.util.List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
