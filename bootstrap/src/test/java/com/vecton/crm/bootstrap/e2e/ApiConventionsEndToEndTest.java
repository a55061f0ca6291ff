package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The error and transport rows of runtime-and-api.md, through the real server. */
class ApiConventionsEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static void assertProblem(HttpResult result, int status, String error) {
        assertEquals(status, result.status(), result::toString);
        assertEquals("application/problem+json", result.header("Content-Type").split(";")[0], result::toString);
        assertEquals(error, result.error(), result::toString);
        assertNotNull(result.header("X-Request-Id"));
        String body = result.body();
        for (String leak : List.of("Exception", "at com.", "at org.", "SELECT ", "org.postgresql", "java.")) {
            assertFalse(body.contains(leak), "no internals in a problem: " + body);
        }
    }

    @Test
    void invalid_json_is_400_malformed_request() {
        assertProblem(crm.post("/api/contacts", ADMIN, "{\"first_name\": "), 400, "malformed_request");
        assertProblem(crm.post("/api/contacts", ADMIN, "[1, 2]"), 400, "malformed_request");
    }

    @Test
    void a_field_of_the_wrong_json_type_is_400_malformed_request() {
        assertProblem(crm.post("/api/contacts", ADMIN, "{\"first_name\": 5}"), 400, "malformed_request");
        assertProblem(
                crm.post("/api/contacts", ADMIN, "{\"last_name\":\"Nagy\",\"company_id\":\"abc\"}"),
                400,
                "malformed_request");
    }

    @Test
    void validation_failures_are_422_with_errors_per_field() {
        var result = crm.post("/api/companies", ADMIN, "{\"name\": \"\", \"email\": \"x\"}");
        assertProblem(result, 422, "validation_failed");
        assertTrue(result.json().path("errors").path("name").isArray());
        assertTrue(result.json().path("errors").path("email").isArray());
    }

    @Test
    void unknown_ids_and_unknown_routes_are_404_not_found() {
        assertProblem(crm.get("/api/contacts/987654321", ADMIN), 404, "not_found");
        assertProblem(crm.get("/api/contacts/not-a-number", ADMIN), 404, "not_found");
        assertProblem(crm.get("/api/contacts/-1", ADMIN), 404, "not_found");
        assertProblem(crm.get("/api/no-such-thing", ADMIN), 404, "not_found");
        assertProblem(crm.get("/nowhere", null), 404, "not_found");
    }

    @Test
    void every_sub_list_of_a_deleted_or_unknown_parent_is_404_not_found() {
        var project = crm.post("/api/projects", ADMIN, "{\"name\": \"Gone " + System.nanoTime() + "\"}");
        long projectId = project.json().path("data").path("id").asLong();
        assertEquals(
                201,
                crm.post("/api/tasks", ADMIN, "{\"title\": \"Left\", \"project_id\": " + projectId + "}")
                        .status());
        assertEquals(
                200, crm.get("/api/projects/" + projectId + "/tasks", ADMIN).status());
        assertEquals(204, crm.delete("/api/projects/" + projectId, ADMIN).status());
        var company = crm.post("/api/companies", ADMIN, "{\"name\": \"Gone " + System.nanoTime() + "\"}");
        long companyId = company.json().path("data").path("id").asLong();
        assertEquals(204, crm.delete("/api/companies/" + companyId, ADMIN).status());

        for (String sub : List.of("/api/projects/%d/tasks", "/api/projects/%d/board", "/api/projects/%d/members")) {
            assertProblem(crm.get(sub.formatted(projectId), ADMIN), 404, "not_found");
            assertProblem(crm.get(sub.formatted(987_654_321L), ADMIN), 404, "not_found");
        }
        assertProblem(crm.get("/api/companies/" + companyId + "/contacts", ADMIN), 404, "not_found");
        assertProblem(crm.get("/api/companies/987654321/contacts", ADMIN), 404, "not_found");
    }

    @Test
    void a_wrong_method_is_405_method_not_allowed_with_allow() {
        var result =
                crm.send(crm.request("/api/contacts", ADMIN).method("DELETE", HttpRequest.BodyPublishers.noBody()));
        assertProblem(result, 405, "method_not_allowed");
        assertTrue(result.header("Allow").contains("GET"), result.header("Allow"));
    }

    @Test
    void a_body_over_the_limit_is_413_payload_too_large_and_stores_nothing() {
        String huge = "{\"last_name\":\"Nagy\",\"notes\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(crm.post("/api/contacts", ADMIN, huge), 413, "payload_too_large");
    }

    @Test
    void the_request_id_is_echoed_when_sent_and_generated_otherwise() {
        var echoed = crm.send(crm.request("/api/contacts?per_page=1", ADMIN)
                .header("X-Request-Id", "trace-42")
                .GET());
        assertEquals("trace-42", echoed.header("X-Request-Id"));
        var generated = crm.get("/api/contacts?per_page=1", ADMIN);
        assertNotNull(generated.header("X-Request-Id"));
        assertFalse(generated.header("X-Request-Id").isBlank());
        var problem = crm.send(crm.request("/api/contacts/0", ADMIN)
                .header("X-Request-Id", "trace-43")
                .GET());
        assertEquals("trace-43", problem.header("X-Request-Id"));
    }

    @Test
    void health_needs_no_token_and_readiness_checks_the_database() {
        var live = crm.get("/health/live", null);
        assertEquals(200, live.status());
        var ready = crm.get("/health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
        assertEquals(
                "up",
                ready.json().path("components").path("database").path("status").asText());
    }

    @Test
    void metrics_expose_request_timings_by_route_template_and_jvm_vitals_without_a_token() {
        crm.get("/api/contacts/424242", ADMIN);
        var metrics = crm.get("/metrics", null);
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "JVM metrics are bound");
        assertTrue(
                metrics.body()
                        .lines()
                        .anyMatch(
                                l -> l.startsWith("http_server_requests") && l.contains("uri=\"/api/contacts/{id}\"")),
                "requests are timed by route template");
        assertFalse(metrics.body().contains("424242"), "no ids in metric labels");
    }

    @Test
    void openapi_lists_every_route_with_its_permission() {
        var result = crm.get("/openapi.json", null);
        assertEquals(200, result.status());
        var paths = result.json().path("paths");
        for (String path : List.of(
                "/api/contacts",
                "/api/contacts/{id}",
                "/api/contacts/{id}/restore",
                "/api/companies",
                "/api/companies/{id}",
                "/api/companies/{id}/restore",
                "/api/companies/{id}/contacts")) {
            assertTrue(paths.has(path), path);
        }
        assertEquals(
                "contacts.delete",
                paths.path("/api/contacts/{id}")
                        .path("delete")
                        .path("x-permission")
                        .asText());
    }

    @Test
    void created_items_come_with_201_and_a_location_that_answers() {
        var created = crm.post("/api/companies", ADMIN, "{\"name\":\"Alföldi Malom Kft.\"}");
        assertEquals(201, created.status());
        String location = created.header("Location");
        assertNotNull(location);
        var followed = crm.get(java.net.URI.create(location).getPath(), ADMIN);
        assertEquals(200, followed.status());
        assertEquals(
                "Alföldi Malom Kft.", followed.json().path("data").path("name").asText());
    }
}
