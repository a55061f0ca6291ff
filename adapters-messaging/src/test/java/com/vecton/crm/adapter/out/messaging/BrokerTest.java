package com.vecton.crm.adapter.out.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.Connection;
import com.vecton.crm.adapter.out.messaging.Broker.State;
import com.vecton.crm.adapter.out.messaging.testing.Eventually;
import com.vecton.crm.adapter.out.messaging.testing.TcpProxy;
import com.vecton.crm.adapter.out.messaging.testing.TestRabbit;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BrokerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final TcpProxy proxy = new TcpProxy(5672);
    private final List<Broker> brokers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        brokers.forEach(Broker::close);
        proxy.close();
    }

    private Broker broker(String url) {
        Broker broker = Broker.start(url, TestRabbit.connectionName("broker"), TestRabbit.FAST);
        brokers.add(broker);
        return broker;
    }

    private Broker viaProxy() {
        return broker("amqp://guest:guest@127.0.0.1:" + proxy.port());
    }

    @Test
    void an_unreachable_broker_at_start_is_retried_in_the_background_without_failing_the_caller() {
        Broker broker = broker("amqp://guest:guest@127.0.0.1:1");
        var attached = new AtomicInteger();
        broker.whenConnected("a counter", connection -> attached.incrementAndGet());

        Eventually.stays(Duration.ofMillis(400), "still connecting", () -> broker.state() == State.CONNECTING);
        assertEquals(0, attached.get());
        assertTrue(broker.openConnection().isEmpty());
    }

    @Test
    void connects_and_then_runs_what_waited_for_the_connection() {
        Broker broker = broker(TestRabbit.URL);
        var seen = new CopyOnWriteArrayList<Connection>();
        broker.whenConnected("a recorder", seen::add);

        Eventually.until(WAIT, "connected", () -> broker.state() == State.CONNECTED);
        Eventually.until(WAIT, "attached", () -> seen.size() == 1);
        assertTrue(seen.getFirst().isOpen());
        assertEquals(broker.connectionName(), seen.getFirst().getClientProvidedName());
    }

    @Test
    void an_attachment_added_after_connecting_runs_too() {
        Broker broker = broker(TestRabbit.URL);
        Eventually.until(WAIT, "connected", () -> broker.state() == State.CONNECTED);
        var attached = new AtomicInteger();

        broker.whenConnected("a late counter", connection -> attached.incrementAndGet());

        Eventually.until(WAIT, "attached", () -> attached.get() == 1);
    }

    @Test
    void an_attachment_that_fails_is_retried_until_it_succeeds() {
        Broker broker = broker(TestRabbit.URL);
        var attempts = new AtomicInteger();

        broker.whenConnected("a flaky attachment", connection -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IOException("declaration refused");
            }
        });

        Eventually.until(WAIT, "third attempt", () -> attempts.get() == 3);
        Eventually.stays(Duration.ofMillis(300), "no attempt after the success", () -> attempts.get() == 3);
    }

    @Test
    void a_broker_that_is_down_at_start_is_connected_to_once_it_comes_up() {
        Broker broker = viaProxy();
        var attached = new AtomicInteger();
        broker.whenConnected("a counter", connection -> attached.incrementAndGet());
        Eventually.stays(Duration.ofMillis(300), "connecting while down", () -> broker.state() == State.CONNECTING);

        proxy.up();

        Eventually.until(WAIT, "connected", () -> broker.state() == State.CONNECTED);
        Eventually.until(WAIT, "attached once", () -> attached.get() == 1);
    }

    @Test
    void a_lost_connection_reports_recovering_until_the_broker_is_back_and_attachments_are_not_run_again() {
        proxy.up();
        Broker broker = viaProxy();
        var attached = new AtomicInteger();
        broker.whenConnected("a counter", connection -> attached.incrementAndGet());
        Eventually.until(WAIT, "connected", () -> broker.state() == State.CONNECTED);

        proxy.down();
        Eventually.until(WAIT, "recovering", () -> broker.state() == State.RECOVERING);
        assertTrue(broker.openConnection().isEmpty());
        proxy.up();

        Eventually.until(WAIT, "connected again", () -> broker.state() == State.CONNECTED);
        assertEquals(1, attached.get(), "the library restores topology; attachments run once");
    }

    @Test
    void close_is_quick_and_idempotent_also_while_the_broker_is_away() {
        proxy.up();
        Broker broker = viaProxy();
        Eventually.until(WAIT, "connected", () -> broker.state() == State.CONNECTED);
        proxy.down();
        Eventually.until(WAIT, "recovering", () -> broker.state() == State.RECOVERING);

        long started = System.nanoTime();
        broker.close();
        broker.close();

        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2_000);
        assertEquals(State.CLOSED, broker.state());
        int connectionsBefore = proxy.accepted();
        proxy.up();
        Eventually.stays(
                Duration.ofMillis(600), "no reconnect after close", () -> proxy.accepted() == connectionsBefore);
    }

    @Test
    void close_stops_the_first_connect_attempts() {
        Broker broker = broker("amqp://guest:guest@127.0.0.1:" + proxy.port());
        var attached = new AtomicInteger();
        broker.whenConnected("a counter", connection -> attached.incrementAndGet());

        broker.close();
        proxy.up();

        Eventually.stays(Duration.ofMillis(600), "never connects", () -> proxy.accepted() == 0);
        assertEquals(0, attached.get());
        assertEquals(State.CLOSED, broker.state());
    }

    @Test
    void the_password_of_the_url_never_reaches_a_log_line() {
        assertEquals("amqp://guest:***@rabbit:5672/crm", Broker.redact("amqp://guest:s3cret@rabbit:5672/crm"));
        assertEquals("amqps://svc:***@rabbit.internal/%2F", Broker.redact("amqps://svc:p%40ss:w@rabbit.internal/%2F"));
        assertEquals("amqp://rabbit:5672", Broker.redact("amqp://rabbit:5672"));
        assertEquals("amqp://guest@rabbit", Broker.redact("amqp://guest@rabbit"));
    }

    @Test
    void an_invalid_url_is_a_configuration_error_that_does_not_quote_the_password() {
        var error = assertThrows(
                IllegalArgumentException.class,
                () -> Broker.start("http://guest:s3cret@rabbit:5672", "crm-test-invalid"));

        assertFalse(error.getMessage().contains("s3cret"), error.getMessage());
        assertTrue(error.getMessage().contains("http://guest:***@rabbit:5672"), error.getMessage());
    }

    @Test
    void the_connection_name_says_which_tenant_and_process_it_belongs_to() {
        String name = Broker.connectionName("t-acme");

        assertTrue(name.startsWith("crm-t-acme-"), name);
        assertTrue(name.endsWith("-" + ProcessHandle.current().pid()), name);
    }
}
