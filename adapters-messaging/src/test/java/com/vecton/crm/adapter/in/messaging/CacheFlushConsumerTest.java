package com.vecton.crm.adapter.in.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.messaging.Broker;
import com.vecton.crm.adapter.out.messaging.testing.Eventually;
import com.vecton.crm.adapter.out.messaging.testing.TestRabbit;
import com.vecton.crm.domain.event.IdentityChange.MemberAdded;
import com.vecton.crm.domain.event.IdentityChange.MemberRemoved;
import com.vecton.crm.domain.event.IdentityChange.PolicyUpdated;
import com.vecton.crm.domain.event.IdentityChange.UserScheduledForDeletion;
import com.vecton.crm.domain.event.IdentityChange.UserUpdated;
import com.vecton.crm.domain.event.IdentityEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every replica's private queue for cache invalidation, against the real broker. */
class CacheFlushConsumerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

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

    /** One replica: its own connection and consumer; returns once it is subscribed. */
    private Replica replica() {
        Broker broker = TestRabbit.broker("cache-flush");
        var forget = new RecordingForget();
        var consumer = new CacheFlushConsumer(broker, tenant, forget);
        toClose.add(broker);
        toClose.add(consumer);
        consumer.start();
        Eventually.until(WAIT, "subscribed", () -> forget.flushesOnSubscribing().size() == 1);
        return new Replica(broker, consumer, forget);
    }

    private record Replica(Broker broker, CacheFlushConsumer consumer, RecordingForget forget) {}

    private String publish(String type, String body, String id) {
        rabbit.publish(IdentityExchange.NAME, type, id, body);
        return id;
    }

    private String publishPolicyUpdate() {
        String id = IdentityMessages.newId();
        return publish(PolicyUpdated.TYPE, IdentityMessages.policyUpdated(id, tenant), id);
    }

    @Test
    void every_replica_forgets_a_policy_update_not_just_one() {
        Replica first = replica();
        Replica second = replica();

        String id = publishPolicyUpdate();

        Eventually.until(
                WAIT,
                "both replicas told",
                () -> first.forget().identityEventIds().contains(id)
                        && second.forget().identityEventIds().contains(id));
    }

    @Test
    void hears_the_four_events_that_invalidate_cached_answers_and_not_member_added() {
        Replica replica = replica();
        String policy = IdentityMessages.newId();
        String updated = IdentityMessages.newId();
        String removed = IdentityMessages.newId();
        String deletion = IdentityMessages.newId();
        String added = IdentityMessages.newId();

        publish(MemberAdded.TYPE, IdentityMessages.memberAdded(added, tenant, "u-1"), added);
        publish(PolicyUpdated.TYPE, IdentityMessages.policyUpdated(policy, tenant), policy);
        publish(UserUpdated.TYPE, IdentityMessages.userUpdated(updated, "u-1"), updated);
        publish(MemberRemoved.TYPE, IdentityMessages.memberRemoved(removed, tenant, "u-1"), removed);
        publish(UserScheduledForDeletion.TYPE, IdentityMessages.userScheduledForDeletion(deletion, "u-1"), deletion);

        Eventually.until(
                WAIT,
                "four heard",
                () -> replica.forget().identityEventIds().containsAll(List.of(policy, updated, removed, deletion)));
        Eventually.stays(
                Duration.ofMillis(200),
                "member_added not heard",
                () -> !replica.forget().identityEventIds().contains(added));
    }

    @Test
    void an_unreadable_message_is_dropped_and_the_next_one_still_arrives() {
        Replica replica = replica();

        publish(PolicyUpdated.TYPE, "{not json", "broken-3");
        String id = publishPolicyUpdate();

        Eventually.until(
                WAIT,
                "next one heard",
                () -> replica.forget().identityEventIds().contains(id));
        assertEquals(List.of(id), replica.forget().identityEventIds());
    }

    @Test
    void subscribing_forgets_the_tenants_policies_because_earlier_events_were_missed() {
        Replica replica = replica();

        IdentityEvent flush = replica.forget().flushesOnSubscribing().getFirst();

        assertEquals(new PolicyUpdated(tenant), flush.change());
        assertTrue(flush.concerns(tenant));
    }

    @Test
    void after_the_broker_closes_the_connection_the_server_named_queue_is_declared_again_and_still_hears() {
        Replica replica = replica();
        Replica untouched = replica();

        assertTrue(TestRabbit.forceClose(replica.broker().connectionName()) >= 1);
        Eventually.until(
                WAIT,
                "resubscribed, and flushed for what it missed",
                () -> replica.forget().flushesOnSubscribing().size() == 2);
        String id = publishPolicyUpdate();

        Eventually.until(
                WAIT,
                "heard on the new queue",
                () -> replica.forget().identityEventIds().contains(id));
        Eventually.until(
                WAIT,
                "the other replica too",
                () -> untouched.forget().identityEventIds().contains(id));
        assertEquals(1, untouched.forget().flushesOnSubscribing().size());
    }

    @Test
    void a_closed_consumer_hears_nothing_more() {
        Replica replica = replica();
        Replica other = replica();
        replica.consumer().close();

        String id = publishPolicyUpdate();

        Eventually.until(
                WAIT,
                "the open replica heard it",
                () -> other.forget().identityEventIds().contains(id));
        assertTrue(replica.forget().identityEventIds().isEmpty());
    }
}
