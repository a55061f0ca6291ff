package com.vecton.crm.adapter.in.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.adapter.in.rest.health.HealthCheck;
import com.vecton.crm.adapter.in.rest.health.HealthCheck.Status;
import com.vecton.crm.adapter.in.rest.support.TestApi;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HealthTest {
    private static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void live_is_up_whatever_the_database_says() {
        api.readiness.set(HealthCheck.Readiness.of("database", false));
        var answer = api.get("/health/live", null);
        assertEquals(200, answer.status());
        assertEquals("{\"status\":\"up\"}", answer.body());
    }

    @Test
    void ready_lists_components_and_is_200_when_all_are_up() {
        var components = new LinkedHashMap<String, Status>();
        components.put("database", Status.UP);
        components.put("migrations", Status.UP);
        api.readiness.set(new HealthCheck.Readiness(components));
        var answer = api.get("/health/ready", null);
        assertEquals(200, answer.status());
        assertEquals(
                "{\"status\":\"up\",\"components\":{\"database\":{\"status\":\"up\"},\"migrations\":{\"status\":\"up\"}}}",
                answer.body());
    }

    @Test
    void ready_is_503_when_a_component_is_down() {
        api.readiness.set(new HealthCheck.Readiness(Map.of("database", Status.DOWN)));
        var answer = api.get("/health/ready", null);
        assertEquals(503, answer.status());
        assertEquals("down", answer.json().path("status").asText());
        assertEquals(
                "down",
                answer.json().path("components").path("database").path("status").asText());
    }

    @Test
    void a_degraded_broker_keeps_the_process_ready_but_says_so() {
        var components = new LinkedHashMap<String, Status>();
        components.put("database", Status.UP);
        components.put("broker", Status.DEGRADED);
        api.readiness.set(new HealthCheck.Readiness(components));
        var answer = api.get("/health/ready", null);
        assertEquals(200, answer.status());
        assertEquals(
                "{\"status\":\"degraded\",\"components\":{\"database\":{\"status\":\"up\"},\"broker\":{\"status\":\"degraded\"}}}",
                answer.body());
    }

    @Test
    void a_component_an_operator_must_fix_carries_its_reason_and_the_others_none() {
        api.readiness.set(HealthCheck.Readiness.of("database", true)
                .and(HealthCheck.Readiness.of("broker", Status.DEGRADED, "refused: vhost 'x' not found (create it)")));
        var answer = api.get("/health/ready", null);
        assertEquals(200, answer.status());
        assertEquals(
                "{\"status\":\"degraded\",\"components\":{\"database\":{\"status\":\"up\"},"
                        + "\"broker\":{\"status\":\"degraded\",\"reason\":\"refused: vhost 'x' not found (create it)\"}}}",
                answer.body());
    }

    @Test
    void down_outweighs_degraded() {
        var components = new LinkedHashMap<String, Status>();
        components.put("database", Status.DOWN);
        components.put("broker", Status.DEGRADED);
        api.readiness.set(new HealthCheck.Readiness(components));
        var answer = api.get("/health/ready", null);
        assertEquals(503, answer.status());
        assertEquals("down", answer.json().path("status").asText());
    }

    @Test
    void ready_is_503_when_the_check_itself_fails() {
        api.readiness.set(null);
        var answer = api.get("/health/ready", null);
        assertEquals(503, answer.status());
        assertEquals("down", answer.json().path("status").asText());
    }
}
