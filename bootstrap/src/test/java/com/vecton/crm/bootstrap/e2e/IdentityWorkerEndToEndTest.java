package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import com.vecton.crm.adapter.out.persistence.DatabaseSettings;
import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.in.event.HandleIdentityEventUseCase.Outcome;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.service.audit.AuditTrail;
import com.vecton.crm.application.service.event.HandleIdentityEventService;
import com.vecton.crm.bootstrap.TestWiring;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.event.IdentityChange.UserUpdated;
import com.vecton.crm.domain.event.IdentityEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code crm.jar consume-identity-events} against a real broker and database: it declares the
 * tenant's queue and handles what arrives, stops in order, and a message whose change committed
 * but whose ack never came (a consumer that died in between) is redelivered and changes nothing.
 */
class IdentityWorkerEndToEndTest {
    private static final String AMQP_URL = "amqp://guest:guest@127.0.0.1:5672";
    private static final String TENANT =
            "t-worker-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String QUEUE = "crm.identity-events." + TENANT;

    private static DatabaseSettings database;
    private static Map<String, String> env;
    private static Connection rabbit;
    private static Jdbi sql;
    private static final ExecutorService workers = Executors.newCachedThreadPool();

    @BeforeAll
    static void setUp() throws Exception {
        database = TestDatabase.fresh();
        env = new HashMap<>();
        env.put("TENANT_ID", TENANT);
        env.put("AMQP_URL", AMQP_URL);
        env.put("DATABASE_URL", database.jdbcUrl());
        env.put("DB_USER", database.user());
        env.put("DB_PASSWORD", database.password());
        env.put("DB_POOL_SIZE", "2");
        var factory = new ConnectionFactory();
        factory.setUri(AMQP_URL);
        rabbit = factory.newConnection("crm-e2e-worker-probe");
        sql = Jdbi.create(database.jdbcUrl(), database.user(), database.password());
    }

    @AfterAll
    static void tearDown() throws Exception {
        workers.shutdownNow();
        try (Channel channel = rabbit.createChannel()) {
            channel.queueDelete(QUEUE);
            channel.queueDelete(QUEUE + ".dead-letter");
        }
        rabbit.close();
    }

    /** A running worker: {@link #stop()} ends it the way SIGTERM does and returns its exit code. */
    private record Worker(CountDownLatch stopSignal, Future<Integer> exit) {
        static Worker start() {
            var stop = new CountDownLatch(1);
            Future<Integer> exit = workers.submit(() -> TestWiring.runWorker(env, () -> {
                try {
                    stop.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            awaitTrue("the worker consumes its queue", Duration.ofSeconds(30), () -> consumers() == 1);
            return new Worker(stop, exit);
        }

        int stop() throws Exception {
            stopSignal.countDown();
            return exit.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void the_worker_handles_events_and_a_redelivery_after_a_crash_changes_nothing() throws Exception {
        var worker = Worker.start();
        sql.useHandle(
                h -> h.execute("INSERT INTO tenant_users (id, name, is_active) VALUES ('u-w-1', 'Before', true)"));

        publish(
                "identity.tenant.member_removed",
                event(
                        UUID.randomUUID().toString(),
                        "identity.tenant.member_removed",
                        "{\"tenant_id\": \"" + TENANT + "\", \"user_id\": \"u-w-1\"}"));
        awaitTrue(
                "the member was deactivated",
                Duration.ofSeconds(10),
                () -> !sql.withHandle(h -> h.createQuery("SELECT is_active FROM tenant_users WHERE id = 'u-w-1'")
                        .mapTo(Boolean.class)
                        .one()));
        assertEquals(0, worker.stop(), "exit code");
        assertEquals(0, consumers(), "no consumer left behind");

        // A consumer takes the next message, commits its change with the real use case, and dies before the ack.
        String eventId = UUID.randomUUID().toString();
        publish(
                "identity.user.updated",
                event(
                        eventId,
                        "identity.user.updated",
                        "{\"user_id\": \"u-w-1\", \"name\": \"After\", \"email\": \"w1@acme.test\", \"locale\": \"hu\", \"timezone\": \"UTC\"}"));
        try (var persistence = Persistence.connect(database)) {
            var handler = new HandleIdentityEventService(
                    TENANT,
                    persistence.transactions(),
                    persistence.processedEvents(),
                    persistence.tenantUsers(),
                    persistence.tasks(),
                    new AuditTrail(persistence.activityLog()),
                    Clock.system());
            Channel dying = rabbit.createChannel();
            GetResponse taken = awaitMessage(dying);
            assertEquals(
                    Outcome.APPLIED,
                    handler.handle(new IdentityEvent(
                            eventId,
                            Instant.now(),
                            null,
                            new UserUpdated(new UserId("u-w-1"), "After", "w1@acme.test", "hu", "UTC"))));
            dying.abort(); // no ack: the broker puts the message back
            assertEquals(false, taken.getEnvelope().isRedeliver());
        }

        var restarted = Worker.start();
        awaitTrue("the redelivery was taken", Duration.ofSeconds(10), () -> messages() == 0);
        assertEquals(0, restarted.stop());
        // Stopping puts back whatever was taken but not acked, so an empty queue now means acked.
        assertEquals(0, messages(), "the redelivery was acked");
        assertEquals(1L, count("SELECT count(*) FROM processed_events WHERE event_id = '" + eventId + "'"));
        assertEquals(
                1L,
                count("SELECT count(*) FROM activity_log WHERE subject_id = 'u-w-1' AND event = 'updated'"),
                "the redelivery changed nothing");
        assertEquals(
                "After",
                sql.withHandle(h -> h.createQuery("SELECT name FROM tenant_users WHERE id = 'u-w-1'")
                        .mapTo(String.class)
                        .one()));
    }

    private static String event(String id, String type, String data) {
        return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"occurred_at\": \"" + Instant.now()
                + "\", \"tenant_id\": null, \"data\": " + data + "}";
    }

    private static void publish(String routingKey, String body) throws Exception {
        try (Channel channel = rabbit.createChannel()) {
            var props = new AMQP.BasicProperties.Builder()
                    .contentType("application/json")
                    .deliveryMode(2)
                    .build();
            channel.basicPublish("vecton.events", routingKey, props, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static GetResponse awaitMessage(Channel channel) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        GetResponse message;
        while ((message = channel.basicGet(QUEUE, false)) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no message on " + QUEUE);
            }
            Thread.sleep(20);
        }
        return message;
    }

    private static int consumers() {
        return queueState().getConsumerCount();
    }

    private static int messages() {
        return queueState().getMessageCount();
    }

    private static AMQP.Queue.DeclareOk queueState() {
        try (Channel channel = rabbit.createChannel()) {
            return channel.queueDeclarePassive(QUEUE);
        } catch (IOException | java.util.concurrent.TimeoutException e) {
            // Not declared yet: the worker is still starting.
            return new AMQP.Queue.DeclareOk.Builder()
                    .queue(QUEUE)
                    .messageCount(-1)
                    .consumerCount(-1)
                    .build();
        }
    }

    private static long count(String query) {
        return sql.withHandle(h -> h.createQuery(query).mapTo(Long.class).one());
    }

    private static void awaitTrue(String what, Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + within.toMillis() + " ms");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
