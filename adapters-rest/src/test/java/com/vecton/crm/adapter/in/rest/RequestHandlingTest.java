package com.vecton.crm.adapter.in.rest;

import static com.vecton.crm.adapter.in.rest.support.FakeAccess.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.in.rest.observe.RequestContext;
import com.vecton.crm.adapter.in.rest.support.LogCapture;
import com.vecton.crm.adapter.in.rest.support.TestApi;
import com.vecton.crm.domain.contact.ContactDetails;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every request gets whatever its route: an id, a log line, a body limit, a virtual thread, a metric. */
class RequestHandlingTest {
    private static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static TestApi.Answer getWithRequestId(String id) {
        return api.send(api.request("/health/live").header("X-Request-Id", id).GET());
    }

    @Test
    void a_sane_request_id_from_the_client_is_echoed() {
        assertEquals("req-42.a:b_C", getWithRequestId("req-42.a:b_C").header("X-Request-Id"));
    }

    @Test
    void a_request_id_is_generated_when_the_client_sent_none() {
        var first = api.get("/health/live", null).header("X-Request-Id");
        var second = api.get("/health/live", null).header("X-Request-Id");
        UUID.fromString(first);
        assertNotEquals(first, second);
    }

    @Test
    void an_insane_request_id_is_replaced() {
        for (String insane : new String[] {"x".repeat(129), "has space", "new\u00e9line", "<script>"}) {
            var answered = getWithRequestId(insane).header("X-Request-Id");
            assertNotEquals(insane, answered);
            UUID.fromString(answered);
        }
    }

    @Test
    void every_error_carries_the_request_id_too() {
        var answer = api.send(
                api.request("/nowhere").header("X-Request-Id", "trace-me").GET());
        assertEquals(404, answer.status());
        assertEquals("trace-me", answer.header("X-Request-Id"));
        assertEquals("trace-me", answer.json().path("request_id").asText());
    }

    @Test
    void one_access_line_per_request_without_query_string_or_token() {
        try (var log = new LogCapture(RequestContext.ACCESS_LOGGER)) {
            var answer = api.send(api.request("/api/contacts?search=%C3%81rvai%20secret&per_page=3")
                    .header("Authorization", "Bearer " + ADMIN)
                    .header("X-Request-Id", "access-line-1")
                    .GET());
            assertEquals(200, answer.status());
            var lines = log.eventsContaining("request_id=access-line-1");
            assertEquals(1, lines.size());
            String line = lines.get(0).getFormattedMessage();
            assertTrue(line.contains("method=GET"), line);
            assertTrue(line.contains("path=/api/contacts "), line);
            assertTrue(line.contains("status=200"), line);
            assertTrue(line.matches(".*duration_ms=\\d+.*"), line);
            assertFalse(line.contains("secret") || line.contains("rvai") || line.contains("per_page"), line);
            assertFalse(line.contains(ADMIN), line);
            assertEquals("access-line-1", lines.get(0).getMDCPropertyMap().get("request_id"));
        }
    }

    @Test
    void a_refused_request_is_logged_with_its_status() {
        try (var log = new LogCapture(RequestContext.ACCESS_LOGGER)) {
            api.send(api.request("/api/contacts")
                    .header("Authorization", "Bearer bad-token")
                    .header("X-Request-Id", "access-line-2")
                    .GET());
            var line = log.eventsContaining("request_id=access-line-2").get(0).getFormattedMessage();
            assertTrue(line.contains("status=401"), line);
            assertFalse(line.contains("bad-token"), line);
        }
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_before_the_body_is_read() throws IOException {
        try (var socket = new Socket("127.0.0.1", api.server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/contacts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + (RestApi.MAX_BODY_BYTES + 1)
                            + "\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String head = readHead(socket.getInputStream());
            assertTrue(head.startsWith("HTTP/1.1 413"), head);
            assertTrue(head.toLowerCase().contains("content-type: application/problem+json"), head);
            assertTrue(head.toLowerCase().contains("x-request-id: "), head);
        }
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused() {
        byte[] prefix = "{\"notes\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] filler = new byte[RestApi.MAX_BODY_BYTES + 16 * 1024];
        Arrays.fill(filler, (byte) 'a');
        int created = api.contacts.calls.getOrDefault("create", 0);
        var body = HttpRequest.BodyPublishers.ofInputStream(
                () -> new SequenceInputStream(new ByteArrayInputStream(prefix), new ByteArrayInputStream(filler)));
        var answer = api.send(api.request("/api/contacts")
                .header("Authorization", "Bearer " + ADMIN)
                .header("Content-Type", "application/json")
                .POST(body));
        assertEquals(413, answer.status(), answer::toString);
        assertEquals("payload_too_large", answer.json().path("error").asText());
        assertEquals(created, api.contacts.calls.getOrDefault("create", 0));
    }

    @Test
    void a_chunked_body_within_the_limit_is_read() {
        byte[] json = "{\"last_name\": \"Chunked\"}".getBytes(StandardCharsets.UTF_8);
        var answer = api.send(api.request("/api/contacts")
                .header("Authorization", "Bearer " + ADMIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))));
        assertEquals(201, answer.status(), answer::toString);
    }

    @Test
    void requests_run_on_named_virtual_threads() {
        long id = api.contacts
                .add(new ContactDetails("Virtual", null, null, null, null, null, null))
                .id()
                .value();
        assertEquals(200, api.get("/api/contacts/" + id, ADMIN).status());
        Thread thread = api.contacts.lastThread.get();
        assertTrue(thread.isVirtual(), thread::toString);
        // A named thread spares Logback a reflective lookup per access-log line (GrizzlyServers).
        assertTrue(thread.getName().startsWith("http-"), thread::toString);
    }

    @Test
    void requests_are_timed_by_route_template_and_status() {
        long id = api.contacts
                .add(new ContactDetails("Timed", null, null, null, null, null, null))
                .id()
                .value();
        api.get("/api/contacts/" + id, ADMIN);
        String metrics = api.get("/metrics", null).body();
        assertTrue(
                metrics.contains(
                        "http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/api/contacts/{id}\"}"),
                metrics);
        assertFalse(metrics.contains("uri=\"/api/contacts/" + id + "\""), "no concrete ids in metrics");
    }

    private static String readHead(InputStream in) throws IOException {
        var head = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            head.append((char) b);
            if (head.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }
}
