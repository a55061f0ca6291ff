package com.vecton.crm.adapter.in.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.GetResponse;
import com.vecton.crm.adapter.out.messaging.Backoff;
import com.vecton.crm.adapter.out.messaging.Broker;
import com.vecton.crm.adapter.out.messaging.testing.Eventually;
import com.vecton.crm.adapter.out.messaging.testing.TcpProxy;
import com.vecton.crm.adapter.out.messaging.testing.TestRabbit;
import com.vecton.crm.application.port.in.event.HandleIdentityEventUseCase.Outcome;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.event.IdentityChange;
import com.vecton.crm.domain.event.IdentityChange.MemberAdded;
import com.vecton.crm.domain.event.IdentityChange.MemberRemoved;
import com.vecton.crm.domain.event.IdentityChange.PolicyUpdated;
import com.vecton.crm.domain.event.IdentityChange.UserScheduledForDeletion;
import com.vecton.crm.domain.event.IdentityChange.UserUpdated;
import com.vecton.crm.domain.event.IdentityEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consumer of the tenant's shared queue, against the real broker. */
class IdentityEventConsumerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Backoff QUICK_RETRY = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200));

    private final String tenant = TestRabbit.uniqueTenant();
    private final String queue = IdentityEventConsumer.queueName(tenant);
    private final String deadLetters = IdentityEventConsumer.deadLetterQueueName(tenant);
    private final RecordingHandler handler = new RecordingHandler(tenant);
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private TestRabbit rabbit;
    private TcpProxy proxy;

    @BeforeEach
    void connect() {
        rabbit = new TestRabbit();
        rabbit.deleteAfterwards(queue);
        rabbit.deleteAfterwards(deadLetters);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        rabbit.close();
    }

    private Broker broker() {
        Broker broker = TestRabbit.broker("identity-consumer");
        toClose.add(broker);
        return broker;
    }

    private Broker brokerBehindProxy() {
        proxy = new TcpProxy(5672);
        Broker broker = Broker.start(
                "amqp://guest:guest@127.0.0.1:" + proxy.port(),
                TestRabbit.connectionName("identity-consumer"),
                TestRabbit.FAST);
        toClose.add(broker);
        return broker;
    }

    private IdentityEventConsumer consume(Broker broker, int prefetch, Backoff retry) {
        var consumer = new IdentityEventConsumer(broker, tenant, handler, prefetch, retry);
        toClose.add(consumer);
        consumer.start();
        return consumer;
    }

    /** Starts consuming and returns once it consumes (publishing before its bindings exist would reach no queue). */
    private IdentityEventConsumer consuming(Broker broker, int prefetch, Backoff retry) {
        IdentityEventConsumer consumer = consume(broker, prefetch, retry);
        awaitConsumer(queue);
        return consumer;
    }

    private void awaitConsumer(String consumed) {
        Eventually.until(WAIT, "consuming from " + consumed, () -> rabbit.consumers(consumed) == 1);
    }

    private void publish(String type, String id, String body) {
        rabbit.publish(IdentityExchange.NAME, type, id, body);
    }

    private String publishPolicyUpdate() {
        String id = IdentityMessages.newId();
        publish(PolicyUpdated.TYPE, id, IdentityMessages.policyUpdated(id, tenant));
        return id;
    }

    /** Closing the channel puts every unacked message back: an empty queue afterwards means all were acked. */
    private void assertEverythingAcknowledged(IdentityEventConsumer consumer) {
        consumer.close();
        Eventually.stays(
                Duration.ofMillis(200), "queue stays empty after the consumer closed", () -> rabbit.ready(queue) == 0);
    }

    @Test
    void each_identity_event_type_reaches_the_use_case_decoded_and_is_acknowledged() {
        IdentityEventConsumer consumer = consuming(broker(), 32, QUICK_RETRY);
        var expected = new LinkedHashMap<String, IdentityChange>();
        String deletion = IdentityMessages.newId();
        String update = IdentityMessages.newId();
        String added = IdentityMessages.newId();
        String removed = IdentityMessages.newId();
        String policy = IdentityMessages.newId();

        publish(UserScheduledForDeletion.TYPE, deletion, IdentityMessages.userScheduledForDeletion(deletion, "u-1"));
        publish(UserUpdated.TYPE, update, IdentityMessages.userUpdated(update, "u-2"));
        publish(MemberAdded.TYPE, added, IdentityMessages.memberAdded(added, tenant, "u-3"));
        publish(MemberRemoved.TYPE, removed, IdentityMessages.memberRemoved(removed, tenant, "u-4"));
        publish(PolicyUpdated.TYPE, policy, IdentityMessages.policyUpdated(policy, tenant));
        expected.put(deletion, new UserScheduledForDeletion(new UserId("u-1")));
        expected.put(
                update, new UserUpdated(new UserId("u-2"), "Ödön Árvai", "odon@acme.test", "hu", "Europe/Budapest"));
        expected.put(added, new MemberAdded(tenant, new UserId("u-3")));
        expected.put(removed, new MemberRemoved(tenant, new UserId("u-4")));
        expected.put(policy, new PolicyUpdated(tenant));

        Eventually.until(WAIT, "all five handled", () -> handler.applied().containsAll(expected.keySet()));
        Map<String, IdentityChange> handled = handler.calls().stream()
                .filter(event -> expected.containsKey(event.id()))
                .collect(Collectors.toMap(IdentityEvent::id, IdentityEvent::change));
        assertEquals(expected, handled);
        expected.keySet().forEach(id -> assertEquals(1, handler.callsFor(id), id));
        assertEverythingAcknowledged(consumer);
    }

    @Test
    void another_tenants_event_is_acknowledged_and_ignored() {
        IdentityEventConsumer consumer = consuming(broker(), 32, QUICK_RETRY);
        String id = IdentityMessages.newId();

        publish(PolicyUpdated.TYPE, id, IdentityMessages.policyUpdated(id, "t-someone-else"));

        Eventually.until(WAIT, "handled", () -> handler.outcomes().size() == 1);
        assertEquals(List.of(Outcome.OTHER_TENANT), handler.outcomes());
        assertEverythingAcknowledged(consumer);
    }

    @Test
    void an_unreadable_message_goes_to_the_dead_letter_queue_once_and_the_next_one_is_handled() {
        IdentityEventConsumer consumer = consuming(broker(), 32, QUICK_RETRY);

        publish(PolicyUpdated.TYPE, "broken-1", "{\"id\": \"broken-1\", \"type\": ");
        String good = publishPolicyUpdate();

        Eventually.until(WAIT, "the good one handled", () -> handler.callsFor(good) == 1);
        Eventually.until(WAIT, "dead-lettered", () -> rabbit.ready(deadLetters) == 1);
        assertEquals(1, handler.calls().size(), "the unreadable message never reaches the use case");
        GetResponse dead = rabbit.take(deadLetters);
        assertEquals("{\"id\": \"broken-1\", \"type\": ", new String(dead.getBody(), StandardCharsets.UTF_8));
        assertEquals("broken-1", dead.getProps().getMessageId());
        assertTrue(
                String.valueOf(dead.getProps().getHeaders().get("x-death")).contains(PolicyUpdated.TYPE),
                "the original routing key stays readable");
        Eventually.stays(
                Duration.ofMillis(300),
                "not redelivered",
                () -> rabbit.ready(deadLetters) == 0 && handler.calls().size() == 1);
        assertEverythingAcknowledged(consumer);
    }

    @Test
    void a_tenants_dead_letters_stay_in_its_own_dead_letter_queue() {
        String otherTenant = TestRabbit.uniqueTenant();
        rabbit.deleteAfterwards(IdentityEventConsumer.queueName(otherTenant));
        rabbit.deleteAfterwards(IdentityEventConsumer.deadLetterQueueName(otherTenant));
        Broker broker = broker();
        var other = new IdentityEventConsumer(broker, otherTenant, new RecordingHandler(otherTenant), 32, QUICK_RETRY);
        toClose.add(other);
        other.start();
        consuming(broker, 32, QUICK_RETRY);
        awaitConsumer(IdentityEventConsumer.queueName(otherTenant));

        publish(PolicyUpdated.TYPE, "broken-2", "not json");

        Eventually.until(
                WAIT,
                "dead-lettered by both",
                () -> rabbit.ready(deadLetters) == 1
                        && rabbit.ready(IdentityEventConsumer.deadLetterQueueName(otherTenant)) == 1);
        Eventually.stays(Duration.ofMillis(200), "one copy each", () -> rabbit.ready(deadLetters) == 1);
    }

    @Test
    void a_message_whose_handling_failed_comes_back_after_a_wait_and_is_acknowledged_once_handled() {
        IdentityEventConsumer consumer = consuming(broker(), 32, QUICK_RETRY);
        handler.failNext(2);

        String id = publishPolicyUpdate();

        Eventually.until(
                WAIT, "handled on the third delivery", () -> handler.applied().contains(id));
        assertEquals(3, handler.callsFor(id));
        assertEquals(List.of(Outcome.APPLIED), handler.outcomes());
        assertEverythingAcknowledged(consumer);
    }

    @Test
    void an_event_applied_but_not_acknowledged_before_the_connection_dropped_is_redelivered_and_found_duplicate() {
        Broker broker = brokerBehindProxy();
        proxy.up();
        IdentityEventConsumer consumer = consuming(broker, 32, QUICK_RETRY);
        var dropped = new AtomicBoolean();
        // The "crash between change and ack": the change is durable, then the ack cannot be sent.
        handler.afterApplying(() -> {
            if (dropped.compareAndSet(false, true)) {
                proxy.down();
                proxy.up();
            }
        });

        String id = publishPolicyUpdate();

        Eventually.until(WAIT, "redelivered after the reconnect", () -> handler.callsFor(id) == 2);
        Eventually.until(WAIT, "second outcome", () -> handler.outcomes().size() == 2);
        assertEquals(List.of(Outcome.APPLIED, Outcome.DUPLICATE), handler.outcomes());
        assertEverythingAcknowledged(consumer);
    }

    @Test
    void the_broker_hands_out_no_more_unacknowledged_messages_than_the_prefetch() {
        IdentityEventConsumer consumer = consuming(broker(), 2, QUICK_RETRY);
        handler.hold();

        for (int i = 0; i < 10; i++) {
            publishPolicyUpdate();
        }

        Eventually.until(WAIT, "two out, eight waiting", () -> handler.calls().size() == 1 && rabbit.ready(queue) == 8);
        Eventually.stays(Duration.ofMillis(300), "no more are handed out", () -> rabbit.ready(queue) == 8);
        handler.release();
        Eventually.until(WAIT, "all handled", () -> handler.applied().size() == 10);
        assertEverythingAcknowledged(consumer);
    }

    @Test
    void consumption_resumes_after_the_broker_closes_the_connection_and_no_confirmed_message_is_lost()
            throws Exception {
        Broker broker = broker();
        IdentityEventConsumer consumer = consuming(broker, 32, QUICK_RETRY);
        handler.slowDown(5);
        Set<String> published = ConcurrentHashMap.newKeySet();
        var publishing = new AtomicBoolean(true);
        Thread publisher = Thread.ofVirtual().start(() -> {
            while (publishing.get()) {
                published.add(publishPolicyUpdate());
                sleep(10);
            }
        });
        Eventually.until(WAIT, "messages flowing", () -> handler.applied().size() >= 10);

        assertTrue(TestRabbit.forceClose(broker.connectionName()) >= 1, "the broker closed the connection");
        int publishedBeforeTheClose = published.size();
        Eventually.until(
                WAIT, "more published after the close", () -> published.size() >= publishedBeforeTheClose + 20);
        publishing.set(false);
        publisher.join();

        Eventually.until(
                WAIT, "every confirmed message handled", () -> handler.applied().containsAll(published));
        assertEquals(published, handler.applied());
        assertEverythingAcknowledged(consumer);
    }

    @Test
    void consumption_resumes_when_the_broker_comes_back_after_being_away() {
        Broker broker = brokerBehindProxy();
        proxy.up();
        IdentityEventConsumer consumer = consuming(broker, 32, QUICK_RETRY);
        String before = publishPolicyUpdate();
        Eventually.until(WAIT, "handled before", () -> handler.applied().contains(before));

        proxy.down();
        Eventually.until(WAIT, "broker seen as away", () -> broker.state() == Broker.State.RECOVERING);
        List<String> whileAway = List.of(publishPolicyUpdate(), publishPolicyUpdate(), publishPolicyUpdate());
        Eventually.stays(
                Duration.ofMillis(300),
                "nothing handled while away",
                () -> handler.applied().size() == 1);
        proxy.up();

        Eventually.until(
                WAIT,
                "handled after the broker came back",
                () -> handler.applied().containsAll(whileAway));
        assertEverythingAcknowledged(consumer);
    }

    @Test
    void a_consumer_started_while_the_broker_is_down_declares_and_consumes_once_it_is_up() {
        Broker broker = brokerBehindProxy();
        IdentityEventConsumer consumer = consume(broker, 32, QUICK_RETRY);
        Eventually.stays(Duration.ofMillis(300), "connecting", () -> broker.state() == Broker.State.CONNECTING);

        proxy.up();
        awaitConsumer(queue);
        String id = publishPolicyUpdate();

        Eventually.until(WAIT, "handled", () -> handler.applied().contains(id));
        assertEverythingAcknowledged(consumer);
    }

    /**
     * The retry waits 15-30 s, so a close that waited for it would take the consumer's whole grace
     * (5 s); a close that cuts it short takes milliseconds. With HANDLER_RETRY the first wait is
     * 0.5-1 s, shorter than the 2 s bound, which then proved nothing.
     */
    @Test
    void close_cuts_a_retry_wait_short_and_the_message_stays_in_the_queue() {
        IdentityEventConsumer consumer =
                consuming(broker(), 32, new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(30)));
        handler.failNext(Integer.MAX_VALUE);
        String id = publishPolicyUpdate();
        Eventually.until(WAIT, "first attempt failed", () -> handler.callsFor(id) == 1);

        long started = System.nanoTime();
        consumer.close();

        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2_000, "close waited for the backoff");
        Eventually.until(WAIT, "back in the queue", () -> rabbit.ready(queue) == 1);
        assertEquals(1, handler.callsFor(id));
    }

    @Test
    void a_queue_deleted_under_a_running_consumer_is_declared_again_and_consumed() {
        Broker broker = broker();
        consuming(broker, 32, QUICK_RETRY);
        String before = publishPolicyUpdate();
        Eventually.until(WAIT, "handled before", () -> handler.applied().contains(before));

        rabbit.deleteQueue(queue);

        awaitConsumer(queue);
        String after = publishPolicyUpdate();
        Eventually.until(WAIT, "handled after", () -> handler.applied().contains(after));

        assertTrue(TestRabbit.forceClose(broker.connectionName()) >= 1);
        Eventually.until(
                WAIT, "reconnected", () -> broker.state() == Broker.State.CONNECTED && rabbit.consumers(queue) == 1);
        Eventually.stays(Duration.ofMillis(300), "one consumer", () -> rabbit.consumers(queue) == 1);
    }

    @Test
    void a_channel_closed_by_a_channel_error_is_replaced_and_consumption_goes_on() throws Exception {
        Broker broker = broker();
        IdentityEventConsumer consumer = consuming(broker, 32, QUICK_RETRY);
        String before = publishPolicyUpdate();
        Eventually.until(WAIT, "handled before", () -> handler.applied().contains(before));
        var broken = consumer.channel();

        broken.basicAck(999_999, false); // an unknown delivery tag: the broker closes the channel (406)

        Eventually.until(WAIT, "a new channel", () -> {
            var current = consumer.channel();
            return current != null && current != broken && current.isOpen();
        });
        awaitConsumer(queue);
        String after = publishPolicyUpdate();
        Eventually.until(WAIT, "handled after", () -> handler.applied().contains(after));

        // The broken channel is forgotten by recovery too: a reconnect restores one consumer, not two.
        assertTrue(TestRabbit.forceClose(broker.connectionName()) >= 1);
        Eventually.until(
                WAIT, "reconnected", () -> broker.state() == Broker.State.CONNECTED && rabbit.consumers(queue) == 1);
        Eventually.stays(Duration.ofMillis(300), "one consumer", () -> rabbit.consumers(queue) == 1);
        assertEverythingAcknowledged(consumer);
    }

    @Test
    void refuses_an_unbounded_prefetch() {
        Broker broker = broker();
        Function<Integer, IdentityEventConsumer> withPrefetch =
                prefetch -> new IdentityEventConsumer(broker, tenant, handler, prefetch, QUICK_RETRY);

        for (int prefetch : new int[] {0, -1, 65_536}) {
            try {
                withPrefetch.apply(prefetch);
                throw new AssertionError("accepted prefetch " + prefetch);
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
