package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A broker that is unreachable when the process starts: HTTP serves, readiness says "degraded"
 * rather than "down" (so no orchestrator takes the replica out of rotation), and the changes'
 * events wait in the outbox. (Reconnecting once the broker answers is proven in adapters-messaging,
 * through a proxy that refuses and then forwards.)
 */
class BrokerOutageEndToEndTest {
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start(Map.of("AMQP_URL", "amqp://guest:guest@127.0.0.1:1"));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    @Test
    void http_serves_and_readiness_reports_the_broker_as_degraded() {
        var ready = crm.get("/health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("degraded", ready.json().path("status").asText(), ready::toString);
        assertEquals(
                "degraded",
                ready.json().path("components").path("broker").path("status").asText());
        assertEquals(
                "up",
                ready.json().path("components").path("database").path("status").asText());

        var created =
                crm.post("/api/contacts", TestTokens.ADMIN, "{\"first_name\": \"Waits\", \"last_name\": \"Outbox\"}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().path("data").path("id").asText();
        assertEquals(
                Long.valueOf(1),
                crm.<Long>sql(c -> {
                    var rows = c.createStatement().executeQuery("""
                    SELECT count(*) FROM outbox o JOIN activity_log a ON a.id = o.activity_id
                    WHERE a.subject_type = 'contact' AND a.subject_id = '%s'""".formatted(id));
                    rows.next();
                    return rows.getLong(1);
                }),
                "the event waits in the outbox");
    }
}
