package com.vecton.crm.adapter.in.rest;

import static com.vecton.crm.adapter.in.rest.support.FakeAccess.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vecton.crm.adapter.in.rest.http.HttpLimits;
import com.vecton.crm.adapter.in.rest.observe.RequestContext;
import com.vecton.crm.adapter.in.rest.support.LogCapture;
import com.vecton.crm.adapter.in.rest.support.RawHttp;
import com.vecton.crm.adapter.in.rest.support.TestApi;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the HTTP server answers to requests that never reach a resource: malformed request lines
 * and headers, oversized ones, odd framing, {@code Expect} and {@code Upgrade}. Each is sent as
 * raw bytes, since a client library would refuse to send most of them, and each answer must be a
 * problem with a stable code and the request id, never Grizzly's empty 400 or its HTML 500.
 */
class HttpBoundaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static RawHttp.Answer get(String target, String headers) {
        return RawHttp.send(api.uri("/"), "GET " + target + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n");
    }

    /** The problem body, after checking the shape every refusal shares. */
    private static JsonNode problem(RawHttp.Answer answer, int status, String code) throws IOException {
        assertEquals(status, answer.status(), answer::toString);
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), answer::toString);
        JsonNode body = JSON.readTree(answer.body());
        assertEquals(code, body.path("error").asText(), answer::toString);
        assertEquals(status, body.path("status").asInt());
        assertEquals(
                answer.header("X-Request-Id").orElseThrow(),
                body.path("request_id").asText());
        for (String leak : new String[] {"<html", "Exception", ".java:", "org.glassfish", "grizzly", "com.vecton"}) {
            assertFalse(answer.body().contains(leak), () -> leak + " in " + answer);
        }
        return body;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/companies/%",
                "/api/companies/%zz",
                "/api/companies/%2",
                "/api/companies?a=%",
                "/api/companies?search=%g1",
                "/api/companies/{id}",
                "/api/companies/[]",
                "/api\\companies",
                "/api/companies/a b",
                "/api/companies/\u0000",
                "/api/companies?q=\"x\"",
                "/api/companies?q=<b>",
                "/api/companies/\u00e1",
                "*",
                "api/companies"
            })
    void a_target_that_is_not_rfc_3986_is_400_malformed_request(String target) throws IOException {
        var answer =
                get(target, "Host: localhost\r\nAuthorization: Bearer " + ADMIN + "\r\nX-Request-Id: bad-target\r\n");
        problem(answer, 400, "malformed_request");
        assertEquals("bad-target", answer.header("X-Request-Id").orElseThrow());
    }

    @Test
    void well_formed_escapes_and_the_brackets_axios_sends_in_a_query_pass() {
        var answer = get(
                "/api/contacts?search=%C3%81rvai&filter[x]=1&a=%00",
                "Host: localhost\r\nAuthorization: Bearer " + ADMIN + "\r\n");
        assertFalse(answer.status() == 400 || answer.status() >= 500, answer::toString);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Host: \r\n",
                "",
                "Host: a b\r\n",
                "Host: localhost\r\nHost: other\r\n",
                "Host: exa{mple\r\n",
                "Host: exa*mple\r\n",
                "Host: my_service:8080\r\n"
            })
    void a_missing_empty_doubled_or_garbled_host_is_400(String host) throws IOException {
        problem(get("/api/contacts", host + "X-Request-Id: bad-host\r\n"), 400, "malformed_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.test*/api/contacts", "http://evil.test*", "http://a_b/api/contacts"})
    void an_absolute_form_target_whose_host_is_no_host_name_is_400(String target) throws IOException {
        // Grizzly takes an absolute-form target's host over the Host field; Jersey built a URI from it and failed.
        problem(get(target, "Host: localhost\r\nX-Request-Id: bad-absolute\r\n"), 400, "malformed_request");
    }

    @Test
    void a_target_over_the_limit_is_414_uri_too_long_with_the_clients_request_id() throws IOException {
        var answer = get(
                "/api/contacts?search=" + "a".repeat(HttpLimits.MAX_TARGET_CHARS),
                "Host: localhost\r\nX-Request-Id: long-1\r\n");
        problem(answer, 414, "uri_too_long");
        assertEquals("long-1", answer.header("X-Request-Id").orElseThrow());
    }

    @Test
    void a_request_line_over_the_header_limit_is_414_too() throws IOException {
        problem(
                get("/api/contacts?search=" + "a".repeat(HttpLimits.MAX_HEADER_BYTES + 10), "Host: localhost\r\n"),
                414,
                "uri_too_long");
    }

    @Test
    void a_header_block_over_the_limit_is_431_with_the_clients_request_id() throws IOException {
        var answer = get(
                "/api/contacts",
                "Host: localhost\r\nX-Request-Id: big-headers\r\nX-Junk: " + "j".repeat(HttpLimits.MAX_HEADER_BYTES)
                        + "\r\n");
        problem(answer, 431, "request_header_fields_too_large");
        assertEquals("big-headers", answer.header("X-Request-Id").orElseThrow());
    }

    @Test
    void more_headers_than_allowed_is_431() throws IOException {
        var headers = new StringBuilder("Host: localhost\r\n");
        for (int i = 0; i < HttpLimits.MAX_HEADERS + 5; i++) {
            headers.append("X-H").append(i).append(": v\r\n");
        }
        problem(get("/api/contacts", headers.toString()), 431, "request_header_fields_too_large");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Content-Length: abc\r\n",
                "Content-Length: -1\r\n",
                "Content-Length: 2\r\nContent-Length: 3\r\n",
                "Content-Length: 2\r\n"
            })
    void bad_framing_or_a_body_on_get_is_400(String framing) throws IOException {
        var answer = RawHttp.send(
                api.uri("/"),
                "GET /api/contacts HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: framing\r\n" + framing
                        + "Connection: close\r\n\r\n{}");
        problem(answer, 400, "malformed_request");
        assertEquals("framing", answer.header("X-Request-Id").orElseThrow());
    }

    @Test
    void a_broken_chunk_is_400() throws IOException {
        var answer = RawHttp.send(
                api.uri("/"),
                "POST /api/contacts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        problem(answer, 400, "malformed_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json;charset=", "\"\"", ";;;", "json", "application/json; charset=\"utf"})
    void an_unreadable_content_type_is_400_with_a_problem_body(String type) throws IOException {
        problem(
                get(
                        "/api/contacts",
                        "Host: localhost\r\nAuthorization: Bearer " + ADMIN + "\r\nContent-Type: " + type + "\r\n"),
                400,
                "malformed_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b/c", "application/json;q=abc", "/"})
    void an_unreadable_accept_is_400_with_a_problem_body(String accept) throws IOException {
        problem(
                get(
                        "/api/contacts",
                        "Host: localhost\r\nAuthorization: Bearer " + ADMIN + "\r\nAccept: " + accept + "\r\n"),
                400,
                "malformed_request");
    }

    @Test
    void an_unknown_charset_in_accept_is_answered_in_utf_8() {
        var answer = get("/openapi.json", "Host: localhost\r\nAccept: application/json; charset=bogus\r\n");
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.body().contains("\"openapi\":\"3.0.1\""), answer::toString);
    }

    @Test
    void an_expectation_other_than_100_continue_is_417() throws IOException {
        problem(
                get("/api/contacts", "Host: localhost\r\nAuthorization: Bearer " + ADMIN + "\r\nExpect: 200-ok\r\n"),
                417,
                "expectation_failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100-continuex", "101-switch", "200-ok"})
    void an_unknown_expectation_with_the_body_already_sent_is_417_and_nothing_is_created(String expect)
            throws IOException {
        int before = api.contacts.size();
        String body = "{\"first_name\":\"Expected\"}";
        var answer = RawHttp.send(
                api.uri("/"),
                "POST /api/contacts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN
                        + "\r\nExpect: " + expect + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length()
                        + "\r\nConnection: close\r\n\r\n" + body);
        problem(answer, 417, "expectation_failed");
        assertEquals(before, api.contacts.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*"})
    void a_wildcard_content_type_is_415_and_nothing_is_created(String type) throws IOException {
        int before = api.contacts.size();
        String body = "{\"first_name\":\"Wild\"}";
        var answer = RawHttp.send(
                api.uri("/"),
                "POST /api/contacts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN
                        + "\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length()
                        + "\r\nConnection: close\r\n\r\n" + body);
        problem(answer, 415, "unsupported_media_type");
        assertEquals(before, api.contacts.size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"X-Foo bar\r\n", "X Foo: bar\r\n", "X-F\u00f6o: bar\r\n", "X-Foo\u0000: bar\r\n", ": bar\r\n"})
    void a_header_line_whose_name_is_not_a_token_is_400_at_once(String line) throws IOException {
        var answer = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> get("/api/contacts", "Host: localhost\r\nX-Request-Id: bad-name\r\n" + line));
        problem(answer, 400, "malformed_request");
    }

    @Test
    void a_header_name_may_hold_every_token_character() {
        var answer = get(
                "/api/contacts",
                "Host: localhost\r\nAuthorization: Bearer " + ADMIN + "\r\nX-!#$%&'*+-.^_`|~09az: v\r\n");
        assertEquals(200, answer.status(), answer::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONNECT localhost:443 HTTP/1.1", "CONNECT /api/contacts HTTP/1.1", "PRI * HTTP/2.0"})
    void connect_and_pri_are_405_with_a_length_at_once(String requestLine) throws IOException {
        var answer = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> RawHttp.send(api.uri("/"), requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        problem(answer, 405, "method_not_allowed");
        assertTrue(answer.header("Allow").orElse("").contains("GET"), answer::toString);
    }

    @Test
    void an_http_0_9_request_line_is_400_with_a_problem_body() throws IOException {
        var answer = RawHttp.send(api.uri("/"), "GET /api/contacts\r\nHost: localhost\r\n\r\n");
        problem(answer, 400, "malformed_request");
    }

    @Test
    void identical_duplicate_content_lengths_are_one_length() {
        String body = "{\"first_name\":\"Twice\"}";
        var answer = RawHttp.send(
                api.uri("/"),
                "POST /api/contacts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                        + "\r\nContent-Length: " + body.length()
                        + "\r\nConnection: close\r\n\r\n" + body);
        assertEquals(201, answer.status(), answer::toString);
    }

    @ParameterizedTest
    @CsvSource({"h2c,'Upgrade, HTTP2-Settings'", "websocket,Upgrade"})
    void an_upgrade_header_is_ignored_and_a_post_is_answered_at_once(String protocol, String connection) {
        String body = "{\"first_name\":\"Upgraded\"}";
        var answer = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> RawHttp.send(
                        api.uri("/"),
                        "POST /api/contacts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN
                                + "\r\nUpgrade: " + protocol
                                + "\r\nHTTP2-Settings: AAMAAABkAAQAoAAAAAIAAAAA\r\nConnection: " + connection
                                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n"
                                + body));
        assertEquals(201, answer.status(), answer::toString);
        assertTrue(answer.body().contains("Upgraded"), answer::toString);
    }

    @Test
    void a_413_keeps_the_clients_request_id_for_a_declared_and_a_chunked_body() throws IOException {
        var declared = RawHttp.send(
                api.uri("/"),
                "POST /api/contacts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN
                        + "\r\nX-Request-Id: too-big-1\r\nContent-Type: application/json\r\nContent-Length: "
                        + (RestApi.MAX_BODY_BYTES + 1)
                        + "\r\nConnection: close\r\n\r\n");
        problem(declared, 413, "payload_too_large");
        assertEquals("too-big-1", declared.header("X-Request-Id").orElseThrow());

        String chunk = "{\"notes\":\"" + "n".repeat(RestApi.MAX_BODY_BYTES) + "\"}";
        var chunked = RawHttp.send(
                api.uri("/"),
                "POST /api/contacts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN
                        + "\r\nX-Request-Id: too-big-2\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                        + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n");
        problem(chunked, 413, "payload_too_large");
        assertEquals("too-big-2", chunked.header("X-Request-Id").orElseThrow());
    }

    @Test
    void a_refusal_by_the_parser_writes_one_access_line_with_its_status_and_id() {
        try (var log = new LogCapture(RequestContext.ACCESS_LOGGER)) {
            get("/api/contacts", "Host: localhost\r\nX-Request-Id: parser-refusal\r\nContent-Length: abc\r\n");
            var lines = log.eventsContaining("request_id=parser-refusal");
            assertEquals(1, lines.size(), lines::toString);
            assertTrue(lines.get(0).getFormattedMessage().contains("status=400"), lines.get(0)::getFormattedMessage);
        }
    }

    @Test
    void a_request_id_that_is_not_sane_is_replaced_in_parser_refusals_too() throws IOException {
        var answer = get(
                "/api/contacts",
                "Host: localhost\r\nX-Request-Id: " + "x".repeat(10_000) + "\r\nContent-Length: abc\r\n");
        problem(answer, 400, "malformed_request");
        UUID.fromString(answer.header("X-Request-Id").orElseThrow());
    }

    @Test
    void an_access_line_cannot_be_forged_by_a_hostile_path() {
        try (var log = new LogCapture(RequestContext.ACCESS_LOGGER)) {
            get(
                    "/api/contacts/%0d%0aFORGED",
                    "Host: localhost\r\nAuthorization: Bearer " + ADMIN + "\r\nX-Request-Id: forged\r\n");
            var line = log.eventsContaining("request_id=forged").get(0).getFormattedMessage();
            assertFalse(line.contains("\n") || line.contains("\r"), line);
        }
    }
}
