package com.vecton.crm.adapter.out.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.GetResponse;
import com.vecton.crm.adapter.out.messaging.testing.Eventually;
import com.vecton.crm.adapter.out.messaging.testing.TestRabbit;
import com.vecton.crm.application.port.out.EventPublisher.EventsNotPublished;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.audit.FieldChange;
import com.vecton.crm.domain.event.CrmEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox publisher against the real broker: what arrives, and that a returned publish was confirmed. */
class RabbitEventPublisherTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-20T10:15:30.123Z");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final String tenant = TestRabbit.uniqueTenant();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private TestRabbit rabbit;

    @BeforeEach
    void connect() {
        rabbit = new TestRabbit();
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
        rabbit.close();
    }

    private Broker connectedBroker() {
        Broker broker = TestRabbit.broker("publisher");
        toClose.add(broker);
        Eventually.until(WAIT, "connected", () -> broker.state() == Broker.State.CONNECTED);
        return broker;
    }

    private RabbitEventPublisher publisher(Broker broker) {
        var publisher = new RabbitEventPublisher(broker, tenant);
        toClose.add(publisher);
        return publisher;
    }

    /** A queue receiving this tenant's events from crm.events (declared before anything is published). */
    private String tenantQueue() {
        rabbit.declareTopicExchange(RabbitEventPublisher.EXCHANGE);
        return rabbit.queueBoundTo(RabbitEventPublisher.EXCHANGE, "crm." + tenant + ".#");
    }

    private static CrmEvent contactCreated() {
        var changes = new LinkedHashMap<String, FieldChange>();
        changes.put("name", new FieldChange(null, "Ödön Árvai"));
        changes.put("birthday", new FieldChange(null, LocalDate.parse("1980-02-29")));
        changes.put("score", new FieldChange(null, new BigDecimal("12.50")));
        changes.put("consented_at", new FieldChange(null, Instant.parse("2026-11-20T10:00:00Z")));
        return new CrmEvent(
                SEQUENCE.incrementAndGet(),
                UUID.randomUUID(),
                AT,
                new Actor(new UserId("u-1001"), null),
                "contact",
                "42",
                "created",
                new Changes(changes));
    }

    private static CrmEvent taskUpdated(String subjectId) {
        return new CrmEvent(
                SEQUENCE.incrementAndGet(),
                UUID.randomUUID(),
                AT,
                new Actor(new UserId("u-7"), new UserId("admin-1")),
                "task",
                subjectId,
                "updated",
                new Changes(java.util.Map.of("title", new FieldChange("Old", "New"))));
    }

    private List<GetResponse> takeAll(String queue) {
        var taken = new ArrayList<GetResponse>();
        for (GetResponse message = rabbit.take(queue); message != null; message = rabbit.take(queue)) {
            taken.add(message);
        }
        return taken;
    }

    @Test
    void publishes_each_event_persistent_with_its_routing_key_message_id_and_body_in_order() throws IOException {
        String queue = tenantQueue();
        RabbitEventPublisher publisher = publisher(connectedBroker());
        CrmEvent created = contactCreated();
        CrmEvent first = taskUpdated("7");
        CrmEvent second = taskUpdated("7");

        publisher.publishConfirmed(List.of(created, first, second));

        List<GetResponse> arrived = takeAll(queue);
        assertEquals(
                List.of(
                        created.id().toString(),
                        first.id().toString(),
                        second.id().toString()),
                arrived.stream()
                        .map(message -> message.getProps().getMessageId())
                        .toList());
        GetResponse message = arrived.getFirst();
        assertEquals("crm." + tenant + ".contact.created", message.getEnvelope().getRoutingKey());
        assertEquals(RabbitEventPublisher.EXCHANGE, message.getEnvelope().getExchange());
        assertEquals("application/json", message.getProps().getContentType());
        assertEquals(2, message.getProps().getDeliveryMode());
        assertEquals(JSON.readTree("""
                {"id": "%s", "type": "crm.contact.created", "occurred_at": "2026-11-20T10:15:30.123Z",
                 "tenant_id": "%s", "actor_user_id": "u-1001", "impersonator_id": null,
                 "subject": {"type": "contact", "id": "42"},
                 "changes": {"name": {"before": null, "after": "Ödön Árvai"},
                             "birthday": {"before": null, "after": "1980-02-29"},
                             "score": {"before": null, "after": 12.50},
                             "consented_at": {"before": null, "after": "2026-11-20T10:00:00Z"}}}""".formatted(created.id(), tenant)), JSON.readTree(message.getBody()));
        assertEquals(
                List.of(
                        "id",
                        "type",
                        "occurred_at",
                        "tenant_id",
                        "actor_user_id",
                        "impersonator_id",
                        "subject",
                        "changes"),
                iterate(JSON.readTree(message.getBody()).fieldNames()));
        assertEquals(
                "crm." + tenant + ".task.updated", arrived.get(1).getEnvelope().getRoutingKey());
        assertEquals(
                "admin-1",
                JSON.readTree(arrived.get(1).getBody()).get("impersonator_id").asText());
    }

    @Test
    void an_empty_batch_publishes_nothing_and_needs_no_broker() {
        var broker =
                Broker.start("amqp://guest:guest@127.0.0.1:1", TestRabbit.connectionName("publisher"), TestRabbit.FAST);
        toClose.add(broker);

        publisher(broker).publishConfirmed(List.of());
    }

    @Test
    void says_the_events_were_not_published_while_the_broker_is_unreachable() {
        var broker =
                Broker.start("amqp://guest:guest@127.0.0.1:1", TestRabbit.connectionName("publisher"), TestRabbit.FAST);
        toClose.add(broker);

        var failure = assertThrows(
                EventsNotPublished.class, () -> publisher(broker).publishConfirmed(List.of(contactCreated())));

        assertTrue(failure.getMessage().contains("not connected"), failure.getMessage());
    }

    @Test
    void after_the_broker_closes_the_connection_a_publish_fails_or_is_confirmed_and_nothing_returned_is_lost() {
        String queue = tenantQueue();
        Broker broker = connectedBroker();
        RabbitEventPublisher publisher = publisher(broker);
        var returned = new ArrayList<String>();
        CrmEvent before = contactCreated();
        publisher.publishConfirmed(List.of(before));
        returned.add(before.id().toString());

        assertTrue(TestRabbit.forceClose(broker.connectionName()) >= 1);
        int failures = 0;
        long deadline = System.nanoTime() + WAIT.toNanos();
        int published = 0;
        while (published < 3) {
            assertTrue(System.nanoTime() < deadline, "no publish succeeded after the connection was closed");
            CrmEvent event = taskUpdated(String.valueOf(published));
            try {
                publisher.publishConfirmed(List.of(event));
                returned.add(event.id().toString());
                published++;
            } catch (EventsNotPublished e) {
                failures++;
                sleep(20);
            }
        }

        List<String> arrived = takeAll(queue).stream()
                .map(message -> message.getProps().getMessageId())
                .toList();
        assertTrue(
                arrived.containsAll(returned),
                "returned " + returned + " but arrived " + arrived + " (" + failures + " failed attempts)");
    }

    @Test
    void a_channel_closed_by_an_error_is_replaced_on_the_next_publish() {
        String exchange = "crm-test.events." + UUID.randomUUID();
        rabbit.deleteExchangeAfterwards(exchange);
        Broker broker = connectedBroker();
        var publisher = new RabbitEventPublisher(broker, tenant, exchange, Duration.ofSeconds(5));
        toClose.add(publisher);
        publisher.publishConfirmed(List.of(contactCreated()));

        rabbit.deleteExchange(exchange);
        assertThrows(EventsNotPublished.class, () -> publisher.publishConfirmed(List.of(contactCreated())));

        publisher.publishConfirmed(List.of(contactCreated()));
        String bound = rabbit.queueBoundTo(exchange, "#");
        CrmEvent next = contactCreated();
        publisher.publishConfirmed(List.of(next));
        assertEquals(next.id().toString(), rabbit.take(bound).getProps().getMessageId());
        assertNull(rabbit.take(bound));
    }

    @Test
    void concurrent_batches_are_each_confirmed_and_keep_their_own_order() throws Exception {
        String queue = tenantQueue();
        RabbitEventPublisher publisher = publisher(connectedBroker());
        int threads = 4;
        int batches = 10;
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<List<String>>>();
        for (int t = 0; t < threads; t++) {
            String subject = "subject-" + t;
            tasks.add(() -> {
                start.await();
                var ids = new ArrayList<String>();
                for (int b = 0; b < batches; b++) {
                    List<CrmEvent> batch = List.of(taskUpdated(subject), taskUpdated(subject));
                    publisher.publishConfirmed(batch);
                    batch.forEach(event -> ids.add(event.id().toString()));
                }
                return ids;
            });
        }
        List<Future<List<String>>> results;
        try (var pool = Executors.newFixedThreadPool(threads)) {
            results = tasks.stream().map(pool::submit).toList();
            start.countDown();
        }

        List<GetResponse> arrived = takeAll(queue);
        assertEquals(threads * batches * 2, arrived.size());
        for (int t = 0; t < threads; t++) {
            List<String> sent = results.get(t).get();
            String subject = "subject-" + t;
            List<String> received = arrived.stream()
                    .filter(message -> readSubject(message).equals(subject))
                    .map(message -> message.getProps().getMessageId())
                    .toList();
            assertEquals(sent, received, "order of " + subject);
        }
    }

    private static String readSubject(GetResponse message) {
        try {
            return JSON.readTree(message.getBody()).get("subject").get("id").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        var list = new ArrayList<String>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
