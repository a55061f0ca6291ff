package com.vecton.crm.adapter.in.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import com.vecton.crm.adapter.in.messaging.IdentityEventJson.Unreadable;
import com.vecton.crm.adapter.out.messaging.Broker;
import com.vecton.crm.adapter.out.messaging.Channels;
import com.vecton.crm.application.port.in.event.ForgetCachedIdentityUseCase;
import com.vecton.crm.domain.event.IdentityChange.MemberRemoved;
import com.vecton.crm.domain.event.IdentityChange.PolicyUpdated;
import com.vecton.crm.domain.event.IdentityChange.UserScheduledForDeletion;
import com.vecton.crm.domain.event.IdentityChange.UserUpdated;
import com.vecton.crm.domain.event.IdentityEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives this process its own copy of every identity event that invalidates cached identity answers,
 * and hands it to {@link ForgetCachedIdentityUseCase}: the shared queue delivers an event to one
 * replica only, but every replica must drop what it cached (identity.md section 5).
 *
 * <p>The queue is server-named, exclusive and auto-delete: it lives exactly as long as this
 * process's connection, so a crashed replica leaves nothing behind. When the connection is lost the
 * library declares a new one (a new name), binds it again and resumes consuming. Events published
 * while no queue existed (before the first connect, during a reconnect) are missed by this replica,
 * so on every (re)subscription it forgets the tenant's cached policies, as if a
 * {@code policy.updated} had arrived: policies are cached for an hour, users for a minute, so the
 * policies are what a missed event could leave stale for long.
 *
 * <p>Messages are auto-acked: there is nothing to redeliver to on a private queue, and forgetting
 * touches no database. One that cannot be decoded is dropped with a WARN line.
 */
public final class CacheFlushConsumer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CacheFlushConsumer.class);

    /** The events after which a replica's cached identity answers may be wrong. */
    static final List<String> ROUTING_KEYS =
            List.of(PolicyUpdated.TYPE, UserUpdated.TYPE, MemberRemoved.TYPE, UserScheduledForDeletion.TYPE);

    private final Broker broker;
    private final String tenantId;
    private final ForgetCachedIdentityUseCase forget;
    private final RecoveryListener resubscribed = new RecoveryListener() {
        @Override
        public void handleRecoveryStarted(Recoverable recoverable) {}

        @Override
        public void handleRecovery(Recoverable recoverable) {
            forgetPoliciesOfTenant("its cache-flush queue was declared again after a reconnect");
        }
    };
    private final Object lock = new Object();
    private Channel channel;
    private Connection connection;
    private boolean started;
    private boolean closed;

    public CacheFlushConsumer(Broker broker, String tenantId, ForgetCachedIdentityUseCase forget) {
        if (broker == null || forget == null) {
            throw new IllegalArgumentException("the cache-flush consumer needs a broker and a use case");
        }
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("the cache-flush consumer serves one tenant");
        }
        this.broker = broker;
        this.tenantId = tenantId;
        this.forget = forget;
    }

    /** Subscribes once the broker is connected; returns at once. */
    public void start() {
        synchronized (lock) {
            if (started || closed) {
                throw new IllegalStateException("the cache-flush consumer starts once");
            }
            started = true;
        }
        broker.whenConnected("the cache-flush consumer", this::attach);
    }

    /** Unsubscribes; the broker deletes the private queue with its last consumer. Idempotent. */
    @Override
    public void close() {
        Channel current;
        Connection subscribedOn;
        synchronized (lock) {
            closed = true;
            current = channel;
            subscribedOn = connection;
            channel = null;
            connection = null;
        }
        if (subscribedOn != null) {
            ((Recoverable) subscribedOn).removeRecoveryListener(resubscribed);
        }
        Channels.close(current);
    }

    private void attach(Connection subscribing) throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
        }
        Channel opened = subscribing.createChannel();
        if (opened == null) {
            throw new IOException("the connection has no free channel");
        }
        String queue;
        try {
            IdentityExchange.declare(opened);
            queue = opened.queueDeclare().getQueue();
            for (String key : ROUTING_KEYS) {
                opened.queueBind(queue, IdentityExchange.NAME, key);
            }
            opened.basicConsume(queue, true, new Deliveries(opened));
        } catch (IOException | RuntimeException e) {
            Channels.abort(opened);
            throw e;
        }
        synchronized (lock) {
            if (closed) {
                Channels.abort(opened);
                return;
            }
            channel = opened;
            connection = subscribing;
        }
        ((Recoverable) subscribing).addRecoveryListener(resubscribed);
        log.info("subscribed to identity's cache-invalidating events on the private queue {}", queue);
        forgetPoliciesOfTenant("it has just subscribed");
    }

    private void forgetPoliciesOfTenant(String why) {
        var flush = new IdentityEvent(
                "crm-resubscribed-" + UUID.randomUUID(), Instant.now(), tenantId, new PolicyUpdated(tenantId));
        try {
            forget.forget(flush);
            log.info(
                    "forgot the cached policies of tenant {}: {}, and events may have been missed before",
                    tenantId,
                    why);
        } catch (RuntimeException e) {
            log.warn("could not forget the cached policies of tenant {}", tenantId, e);
        }
    }

    private final class Deliveries extends DefaultConsumer {
        Deliveries(Channel channel) {
            super(channel);
        }

        @Override
        public void handleDelivery(
                String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
            IdentityEvent event;
            try {
                event = IdentityEventJson.decode(body);
            } catch (Unreadable e) {
                log.warn(
                        "dropped an unreadable identity message (routing key {}) from the cache-flush queue: {}",
                        envelope.getRoutingKey(),
                        e.getMessage());
                return;
            }
            try {
                forget.forget(event);
                log.debug("forgot what identity event {} ({}) changed", event.id(), event.type());
            } catch (RuntimeException e) {
                log.warn("could not forget what identity event {} ({}) changed", event.id(), event.type(), e);
            }
        }
    }
}
