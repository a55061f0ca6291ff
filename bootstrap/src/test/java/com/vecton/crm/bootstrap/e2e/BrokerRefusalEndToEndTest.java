package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A broker that answers but refuses {@code AMQP_URL} (the real RabbitMQ; the URLs name the empty
 * vhost, which cannot exist, or a wrong password, so nothing is declared anywhere): readiness
 * stays 200, since HTTP works and every replica shares the URL, but it is not "up" and says why and
 * what to do, instead of the "degraded" of a passing outage.
 */
class BrokerRefusalEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void a_trailing_slash_in_amqp_url_shows_in_readiness_as_refused_with_the_fix() {
        try (var crm = CrmHarness.start(Map.of("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/"))) {
            var ready = readyOnceTheBrokerAnswered(crm);

            assertEquals(200, ready.status(), ready::toString);
            assertEquals("degraded", ready.json().path("status").asText(), ready::toString);
            assertEquals(
                    "up",
                    ready.json()
                            .path("components")
                            .path("database")
                            .path("status")
                            .asText());
            var broker = ready.json().path("components").path("broker");
            assertEquals("degraded", broker.path("status").asText(), ready::toString);
            String reason = broker.path("reason").asText();
            assertTrue(reason.startsWith("refused: vhost '' not found"), reason);
            assertTrue(reason.contains("omit the slash") && reason.contains("%2F"), reason);

            assertEquals(200, crm.get("/api/contacts", TestTokens.MEMBER).status(), "HTTP serves all the same");
        }
    }

    @Test
    void wrong_credentials_show_in_readiness_as_refused_without_quoting_them() {
        String password = "wrong-" + UUID.randomUUID();
        try (var crm = CrmHarness.start(Map.of("AMQP_URL", "amqp://guest:" + password + "@127.0.0.1:5672"))) {
            var ready = readyOnceTheBrokerAnswered(crm);

            assertEquals(200, ready.status(), ready::toString);
            assertEquals("degraded", ready.json().path("status").asText(), ready::toString);
            String reason = ready.json()
                    .path("components")
                    .path("broker")
                    .path("reason")
                    .asText();
            assertTrue(reason.startsWith("refused: the broker refused the user name or password of AMQP_URL"), reason);
            assertFalse(ready.body().contains(password) || ready.body().contains("guest"), ready::toString);
        }
    }

    private static HttpResult readyOnceTheBrokerAnswered(CrmHarness crm) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            var ready = crm.get("/health/ready", null);
            if (ready.json().path("components").path("broker").has("reason") || System.nanoTime() > deadline) {
                return ready;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
