package com.vecton.crm.adapter.out.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vecton.crm.adapter.out.messaging.Broker.State;
import com.vecton.crm.adapter.out.messaging.testing.Eventually;
import com.vecton.crm.adapter.out.messaging.testing.TcpProxy;
import com.vecton.crm.adapter.out.messaging.testing.TestRabbit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A broker that answers but refuses the settings of {@code AMQP_URL}, against the real RabbitMQ:
 * every vhost here is the test's own (or the empty one, which cannot exist), so nothing another
 * test uses is touched.
 */
class BrokerRefusalTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String RABBIT = "amqp://guest:guest@127.0.0.1:5672";

    private final List<Broker> brokers = new CopyOnWriteArrayList<>();
    private final List<String> vhosts = new ArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    /** The broker's lines and the client library's. */
    private final List<Logger> loggers = List.of(
            (Logger) LoggerFactory.getLogger(Broker.class), (Logger) LoggerFactory.getLogger("com.rabbitmq.client"));

    @BeforeEach
    void captureTheBrokersLog() {
        log.start();
        loggers.forEach(logger -> logger.addAppender(log));
    }

    @AfterEach
    void stop() {
        brokers.forEach(Broker::close);
        loggers.forEach(logger -> logger.detachAppender(log));
        for (String vhost : vhosts) {
            try {
                TestRabbit.deleteVhost(vhost);
            } catch (RuntimeException alreadyGone) {
                // the test deleted it itself
            }
        }
    }

    /** What the broker logged so far; the appender adds under its own lock, from the broker's threads. */
    private List<ILoggingEvent> logged() {
        synchronized (log) {
            return List.copyOf(log.list);
        }
    }

    private Broker broker(String url) {
        Broker broker = Broker.start(url, TestRabbit.connectionName("refusal"), TestRabbit.FAST);
        brokers.add(broker);
        return broker;
    }

    private String vhost() {
        String vhost = TestRabbit.addVhost();
        vhosts.add(vhost);
        return vhost;
    }

    private BrokerRefusal refusedWith(Broker broker) {
        Eventually.until(WAIT, "refused", () -> broker.state() == State.REFUSED);
        return broker.refusal().orElseThrow();
    }

    @Test
    void a_trailing_slash_names_the_empty_vhost_and_the_refusal_says_to_omit_it_or_write_2F() {
        var refusal = refusedWith(broker(RABBIT + "/"));

        assertEquals("vhost '' not found", refusal.cause());
        assertTrue(refusal.reason().startsWith("refused: vhost '' not found"), refusal.reason());
        assertTrue(refusal.fix().contains("omit the slash") && refusal.fix().contains("%2F"), refusal.fix());
    }

    @Test
    void an_unknown_vhost_is_refused_by_name() {
        String missing = "crm-test-missing-" + UUID.randomUUID().toString().substring(0, 8);

        var refusal = refusedWith(broker(RABBIT + "/" + missing));

        assertEquals("vhost '" + missing + "' not found", refusal.cause());
    }

    @Test
    void a_vhost_the_user_may_not_use_is_refused_with_how_to_grant_it() {
        String vhost = vhost();

        var refusal = refusedWith(broker(RABBIT + "/" + vhost));

        assertEquals("the user of AMQP_URL may not use vhost '" + vhost + "'", refusal.cause());
        assertTrue(refusal.fix().contains("set_permissions -p '" + vhost + "'"), refusal.fix());
    }

    @Test
    void wrong_credentials_are_refused_and_the_reason_quotes_neither_user_nor_password() {
        String password = "wrong-" + UUID.randomUUID();

        var refusal = refusedWith(broker("amqp://guest:" + password + "@127.0.0.1:5672"));

        assertEquals("the broker refused the user name or password of AMQP_URL", refusal.cause());
        assertFalse(refusal.reason().contains("guest") || refusal.reason().contains(password), refusal.reason());
        assertTrue(logged().stream().noneMatch(e -> e.getFormattedMessage().contains(password)), "no password logged");
    }

    @Test
    void a_refusal_is_one_error_line_naming_cause_and_fix_however_often_it_is_retried() {
        try (var proxy = new TcpProxy(5672)) {
            proxy.up();
            var broker = broker("amqp://guest:guest@127.0.0.1:" + proxy.port() + "/");

            Eventually.until(WAIT, "five attempts", () -> proxy.accepted() >= 5);

            assertEquals(State.REFUSED, broker.state());
            var errors =
                    logged().stream().filter(e -> e.getLevel() == Level.ERROR).toList();
            assertEquals(1, errors.size(), () -> logged().toString());
            String line = errors.getFirst().getFormattedMessage();
            assertTrue(
                    line.contains("vhost '' not found") && line.contains("omit the slash") && line.contains("%2F"),
                    line);
            assertTrue(logged().stream().noneMatch(e -> e.getLevel() == Level.WARN), () -> logged().toString());
        }
    }

    @Test
    void a_reconnect_the_broker_refuses_is_reported_while_recovering_and_forgotten_once_accepted_again() {
        String vhost = vhost();
        TestRabbit.grantGuest(vhost);
        var broker = broker(RABBIT + "/" + vhost);
        Eventually.until(WAIT, "connected", () -> broker.state() == State.CONNECTED);
        assertTrue(broker.refusal().isEmpty());

        TestRabbit.deleteVhost(vhost);

        Eventually.until(
                WAIT, "refused while recovering", () -> broker.refusal().isPresent());
        assertEquals(State.RECOVERING, broker.state());
        assertEquals(
                "vhost '" + vhost + "' not found",
                broker.refusal().orElseThrow().cause());
        assertEquals(
                1, logged().stream().filter(e -> e.getLevel() == Level.ERROR).count(), () -> logged().toString());

        TestRabbit.addVhost(vhost);
        TestRabbit.grantGuest(vhost);

        Eventually.until(WAIT, "connected again", () -> broker.state() == State.CONNECTED);
        assertTrue(broker.refusal().isEmpty());
    }

    @Test
    void a_broker_that_is_down_is_not_a_refusal() {
        var broker = broker("amqp://guest:guest@127.0.0.1:1/");

        Eventually.until(WAIT, "one failed attempt", () -> logged().stream().anyMatch(e -> e.getLevel() == Level.WARN));

        assertEquals(State.CONNECTING, broker.state());
        assertTrue(broker.refusal().isEmpty());
    }
}
