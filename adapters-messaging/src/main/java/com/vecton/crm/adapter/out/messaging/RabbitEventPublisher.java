package com.vecton.crm.adapter.out.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import com.vecton.crm.application.port.out.EventPublisher;
import com.vecton.crm.domain.event.CrmEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the CRM's events to the durable topic exchange {@value #EXCHANGE} with routing key
 * {@code crm.{tenant}.{subject_type}.{event}}, as persistent JSON messages whose message id is the
 * event id, and returns only once the broker confirmed every one (publisher confirms).
 *
 * <p>Any doubt is a failure: not connected, publishing blocked by a broker alarm, a nack, no
 * confirm within the timeout, a channel or connection closed midway all throw
 * {@link EventsNotPublished}, and the relay publishes the batch again (consumers deduplicate by
 * message id). The channel is a dedicated confirm channel, opened (and {@value #EXCHANGE} declared
 * on it) on first use and again after any failure. One case needs a check of its own: when the
 * connection is lost and recovered between a publish and the wait for its confirm, the library
 * waits on the recovered channel, which knows nothing of the earlier messages and would report them
 * confirmed; the channel's publish sequence number tells the two channels apart.
 *
 * <p>Messages are not {@code mandatory}: an event nobody has bound a queue for is confirmed and
 * dropped by the broker, which is what publish/subscribe means here.
 */
public final class RabbitEventPublisher implements EventPublisher, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RabbitEventPublisher.class);

    public static final String EXCHANGE = "crm.events";
    public static final Duration DEFAULT_CONFIRM_TIMEOUT = Duration.ofSeconds(5);
    private static final int PERSISTENT = 2;

    private final Broker broker;
    private final String tenantId;
    private final String exchange;
    private final Duration confirmTimeout;
    private Channel channel;

    public RabbitEventPublisher(Broker broker, String tenantId) {
        this(broker, tenantId, DEFAULT_CONFIRM_TIMEOUT);
    }

    public RabbitEventPublisher(Broker broker, String tenantId, Duration confirmTimeout) {
        this(broker, tenantId, EXCHANGE, confirmTimeout);
    }

    /** With another exchange: for tests that must break the exchange without disturbing others. */
    RabbitEventPublisher(Broker broker, String tenantId, String exchange, Duration confirmTimeout) {
        if (broker == null || exchange == null || confirmTimeout == null || confirmTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("the publisher needs a broker, an exchange and a confirm timeout");
        }
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("the publisher publishes for one tenant");
        }
        this.broker = broker;
        this.tenantId = tenantId;
        this.exchange = exchange;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public synchronized void publishConfirmed(List<CrmEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        var bodies = new ArrayList<byte[]>(events.size());
        try {
            for (CrmEvent event : events) {
                bodies.add(CrmEventJson.write(event, tenantId));
            }
        } catch (IllegalArgumentException e) {
            throw new EventsNotPublished(e.getMessage(), e);
        }
        Connection connection = broker.openConnection()
                .orElseThrow(
                        () -> new EventsNotPublished("the broker is not connected (" + broker.state() + ")", null));
        if (broker.publishingBlocked()) {
            throw new EventsNotPublished("the broker blocks publishing (a memory or disk alarm)", null);
        }
        Channel publishing = null;
        try {
            publishing = channel(connection);
            long first = publishing.getNextPublishSeqNo();
            for (int i = 0; i < events.size(); i++) {
                CrmEvent event = events.get(i);
                publishing.basicPublish(exchange, event.routingKey(tenantId), false, properties(event), bodies.get(i));
            }
            publishing.waitForConfirmsOrDie(confirmTimeout.toMillis());
            if (publishing.getNextPublishSeqNo() != first + events.size()) {
                throw new IOException("the channel was recovered while publishing; earlier publishes are unconfirmed");
            }
        } catch (IOException | TimeoutException | ShutdownSignalException | IllegalStateException e) {
            discard(publishing);
            log.warn("could not publish {} CRM event(s) to {}: {}", events.size(), exchange, Broker.describe(e));
            throw new EventsNotPublished("the broker did not confirm the events: " + Broker.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard(publishing);
            throw new EventsNotPublished("interrupted while waiting for the broker's confirms", e);
        }
    }

    /** Closes the publisher's channel; the connection is the broker's. */
    @Override
    public synchronized void close() {
        discard(channel);
    }

    private Channel channel(Connection connection) throws IOException {
        if (channel != null && channel.isOpen()) {
            return channel;
        }
        discard(channel);
        Channel opened = connection.createChannel();
        if (opened == null) {
            throw new IOException("the connection has no free channel");
        }
        try {
            opened.confirmSelect();
            opened.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
        } catch (IOException | RuntimeException e) {
            Channels.abort(opened);
            throw e;
        }
        channel = opened;
        return opened;
    }

    private void discard(Channel failed) {
        if (failed == null) {
            return;
        }
        if (failed == channel) {
            channel = null;
        }
        // abort also unregisters it from recovery; its unconfirmed messages are the caller's to publish again.
        Channels.abort(failed);
    }

    private static AMQP.BasicProperties properties(CrmEvent event) {
        return new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .deliveryMode(PERSISTENT)
                .messageId(event.id().toString())
                .type(event.type())
                .timestamp(Date.from(event.occurredAt()))
                .appId("crm")
                .build();
    }
}
