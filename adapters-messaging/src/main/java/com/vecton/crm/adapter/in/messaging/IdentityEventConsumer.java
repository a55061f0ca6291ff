package com.vecton.crm.adapter.in.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import com.vecton.crm.adapter.in.messaging.IdentityEventJson.Unreadable;
import com.vecton.crm.adapter.out.messaging.Backoff;
import com.vecton.crm.adapter.out.messaging.Broker;
import com.vecton.crm.adapter.out.messaging.Channels;
import com.vecton.crm.application.port.in.event.HandleIdentityEventUseCase;
import com.vecton.crm.application.port.in.event.HandleIdentityEventUseCase.Outcome;
import com.vecton.crm.domain.event.IdentityChange;
import com.vecton.crm.domain.event.IdentityChange.MemberAdded;
import com.vecton.crm.domain.event.IdentityEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes identity's events from the tenant's shared, durable queue and hands each to
 * {@link HandleIdentityEventUseCase} (identity.md section 5); this class only decodes and
 * acknowledges. One replica of the tenant gets each message.
 *
 * <p>Acknowledgement follows the use case's promise: a message is acked only after the use case
 * returned (its outcome is durable, or it was another tenant's event); when the use case throws (the
 * database is down), the message is not acked but, after a bounded backoff, put back with
 * {@code basic.nack(requeue)}, so nothing acknowledged is ever lost and the failure does not spin.
 * The backoff grows while failures continue and is cut short by {@link #close()}, whose channel
 * close requeues whatever is unacked. A redelivery after a crash between the use case's commit and
 * the ack is answered {@code DUPLICATE} by the use case and acked.
 *
 * <p>A message that cannot be decoded ({@link IdentityEventJson}) is rejected without requeue, so the
 * queue's dead-letter exchange moves it to {@code crm.identity-events.{tenant}.dead-letter} for a
 * person to look at, with one WARN line naming its message id, routing key and the reason, never the
 * body. The dead-letter exchange {@value #DEAD_LETTER_EXCHANGE} is a durable <em>direct</em> exchange
 * shared by every tenant on the broker; each tenant queue dead-letters with its own name as routing
 * key ({@code x-dead-letter-routing-key}), and only its own dead-letter queue is bound to that key, so
 * one tenant's rejected messages never land in another tenant's dead-letter queue (a fanout exchange
 * would copy them to all). The original routing key stays readable in the {@code x-death} header.
 *
 * <p>The consumer subscribes again on a new channel when the broker cancels it (its queue was
 * deleted) or closes its channel with a channel error; a lost connection is the library's to
 * recover, with the same consumer.
 *
 * <p>The broker hands out at most {@code prefetch} unacked messages at a time; they are handled one
 * after the other on the channel's consumer thread. The queue's arguments are fixed at its first
 * declaration: changing them later needs the queue deleted first (the broker refuses an inequivalent
 * declaration, and the broker connection retries and logs that until fixed).
 */
public final class IdentityEventConsumer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IdentityEventConsumer.class);

    public static final int DEFAULT_PREFETCH = 32;
    private static final int GRACE_SECONDS = 5;
    static final String DEAD_LETTER_EXCHANGE = "crm.identity-events.dlx";

    private final Broker broker;
    private final String tenantId;
    private final String queue;
    private final HandleIdentityEventUseCase handler;
    private final int prefetch;
    private final Backoff retry;
    private final CountDownLatch closing = new CountDownLatch(1);
    /** Held while a delivery is handled and settled, so that {@link #close()} lets it finish. */
    private final ReentrantLock handling = new ReentrantLock();

    private final Object lock = new Object();
    private Channel channel;
    private boolean started;
    private boolean closed;

    public IdentityEventConsumer(Broker broker, String tenantId, HandleIdentityEventUseCase handler) {
        this(broker, tenantId, handler, DEFAULT_PREFETCH, Backoff.HANDLER_RETRY);
    }

    /**
     * @param prefetch how many unacked messages the broker may hand this replica at once (1-65535)
     * @param retry    the wait before a message whose handling failed is put back
     */
    public IdentityEventConsumer(
            Broker broker, String tenantId, HandleIdentityEventUseCase handler, int prefetch, Backoff retry) {
        if (broker == null || handler == null || retry == null) {
            throw new IllegalArgumentException("the consumer needs a broker, a handler and a backoff");
        }
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("the consumer serves one tenant");
        }
        if (prefetch < 1 || prefetch > 65_535) {
            throw new IllegalArgumentException("prefetch is 1-65535 (0 would mean unbounded)");
        }
        this.broker = broker;
        this.tenantId = tenantId;
        this.queue = queueName(tenantId);
        this.handler = handler;
        this.prefetch = prefetch;
        this.retry = retry;
    }

    /** {@code crm.identity-events.{tenant}}: durable, bound to the five identity event types. */
    public static String queueName(String tenantId) {
        return "crm.identity-events." + tenantId;
    }

    /** Where messages that cannot be decoded end up. */
    public static String deadLetterQueueName(String tenantId) {
        return queueName(tenantId) + ".dead-letter";
    }

    /** Declares the topology and starts consuming once the broker is connected; returns at once. */
    public void start() {
        synchronized (lock) {
            if (started || closed) {
                throw new IllegalStateException("the identity event consumer starts once");
            }
            started = true;
        }
        broker.whenConnected("the identity event consumer of " + queue, this::attach);
    }

    /**
     * Stops consuming: lets the delivery in hand finish and be acked (waiting at most
     * {@value #GRACE_SECONDS} s; a retry backoff is cut short), then closes the channel, so that the
     * broker requeues whatever else was prefetched. Idempotent.
     */
    @Override
    public void close() {
        closing.countDown();
        boolean idle = false;
        try {
            idle = handling.tryLock(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Channel current;
            synchronized (lock) {
                closed = true;
                current = channel;
                channel = null;
            }
            Channels.close(current);
        } finally {
            if (idle) {
                handling.unlock();
            }
        }
    }

    /** The channel it consumes on now, for tests that need to break it. */
    Channel channel() {
        synchronized (lock) {
            return channel;
        }
    }

    /**
     * Opens a channel, declares the topology and subscribes. On a second run (the broker cancelled
     * the consumer or closed its channel) the previous channel is closed first: the library keeps
     * channels for recovery by channel number, so closing an old channel after a new one reused its
     * number would drop the new one from recovery. Declaring everything again on the new channel
     * also makes it the one the library re-declares the topology on after a reconnect.
     */
    private void attach(Connection connection) throws IOException {
        Channel previous;
        synchronized (lock) {
            if (closed) {
                return;
            }
            previous = channel;
            channel = null;
        }
        Channels.close(previous);
        Channel opened = connection.createChannel();
        if (opened == null) {
            throw new IOException("the connection has no free channel");
        }
        try {
            declareTopology(opened);
            opened.basicQos(prefetch);
            opened.basicConsume(queue, false, new Deliveries(opened));
        } catch (IOException | RuntimeException e) {
            Channels.close(opened);
            throw e;
        }
        synchronized (lock) {
            if (closed) {
                previous = opened;
            } else {
                channel = opened;
                previous = null;
            }
        }
        if (previous != null) {
            Channels.close(previous);
            return;
        }
        log.info("consuming identity events from {} (prefetch {})", queue, prefetch);
    }

    private void declareTopology(Channel declaring) throws IOException {
        String deadLetters = deadLetterQueueName(tenantId);
        declaring.exchangeDeclare(DEAD_LETTER_EXCHANGE, BuiltinExchangeType.DIRECT, true);
        declaring.queueDeclare(deadLetters, true, false, false, Map.of());
        declaring.queueBind(deadLetters, DEAD_LETTER_EXCHANGE, queue);
        IdentityExchange.declare(declaring);
        declaring.queueDeclare(
                queue,
                true,
                false,
                false,
                Map.of("x-dead-letter-exchange", DEAD_LETTER_EXCHANGE, "x-dead-letter-routing-key", queue));
        for (String type : IdentityChange.types()) {
            declaring.queueBind(queue, IdentityExchange.NAME, type);
        }
    }

    /** Runs on the channel's consumer thread, one delivery after the other; also after a reconnect. */
    private final class Deliveries extends DefaultConsumer {
        private int failuresInARow;

        Deliveries(Channel channel) {
            super(channel);
        }

        @Override
        public void handleDelivery(
                String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
            handling.lock();
            try {
                if (closing.getCount() > 0) {
                    decodeAndHandle(envelope, properties, body);
                }
                // Once closing, prefetched deliveries are left unacked: the channel's close requeues them.
            } finally {
                handling.unlock();
            }
        }

        private void decodeAndHandle(Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
            long tag = envelope.getDeliveryTag();
            IdentityEvent event;
            try {
                event = IdentityEventJson.decode(body);
            } catch (Unreadable e) {
                String messageId = properties == null || properties.getMessageId() == null
                        ? "(no message id)"
                        : properties.getMessageId();
                log.warn(
                        "identity message {} (routing key {}) cannot be read, moved to {}: {}",
                        messageId,
                        envelope.getRoutingKey(),
                        deadLetterQueueName(tenantId),
                        e.getMessage());
                settle(event(null, envelope), () -> getChannel().basicReject(tag, false));
                return;
            }
            handle(event, envelope);
        }

        @Override
        public void handleCancel(String consumerTag) {
            if (closing.getCount() == 0) {
                return;
            }
            log.warn("the broker cancelled the consumer of {} (was the queue deleted?); declaring it again", queue);
            broker.whenConnected("the identity event consumer of " + queue, IdentityEventConsumer.this::attach);
        }

        /**
         * A channel error (an ack of an unknown delivery tag, a broker-side consumer timeout) closes
         * the channel for good: the library recovers only lost connections. The consumer declares
         * and subscribes again on a new channel; the broker has requeued what was unacked. The dead
         * channel is aborted at once, which makes the library forget it (and its consumer) before
         * its channel number can be given to another channel of the connection.
         */
        @Override
        public void handleShutdownSignal(String consumerTag, ShutdownSignalException signal) {
            if (closing.getCount() == 0 || signal.isHardError() || signal.isInitiatedByApplication()) {
                return;
            }
            Channels.abort(getChannel());
            synchronized (lock) {
                if (channel == getChannel()) {
                    channel = null;
                }
            }
            log.warn(
                    "the broker closed the channel consuming {} ({}); subscribing again",
                    queue,
                    Broker.describe(signal));
            broker.whenConnected("the identity event consumer of " + queue, IdentityEventConsumer.this::attach);
        }

        private void handle(IdentityEvent event, Envelope envelope) {
            long tag = envelope.getDeliveryTag();
            Outcome outcome;
            try {
                outcome = handler.handle(event);
            } catch (RuntimeException e) {
                failuresInARow++;
                Duration wait = retry.delay(failuresInARow);
                if (failuresInARow == 1) {
                    log.warn(
                            "identity event {} ({}) was not handled; it goes back to {} in {} ms",
                            event.id(),
                            event.type(),
                            queue,
                            wait.toMillis(),
                            e);
                } else {
                    log.warn(
                            "identity event {} ({}) was not handled, {} failures in a row ({}); it goes back to {} in {} ms",
                            event.id(),
                            event.type(),
                            failuresInARow,
                            Broker.describe(e),
                            queue,
                            wait.toMillis());
                }
                if (!pause(wait)) {
                    return;
                }
                settle(event(event, envelope), () -> getChannel().basicNack(tag, false, true));
                return;
            }
            failuresInARow = 0;
            report(event, outcome, envelope.isRedeliver());
            settle(event(event, envelope), () -> getChannel().basicAck(tag, false));
        }

        /** False when {@link #close()} interrupted the wait: the channel's close requeues the message. */
        private boolean pause(Duration wait) {
            try {
                return !closing.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private void report(IdentityEvent event, Outcome outcome, boolean redelivered) {
            if (outcome == Outcome.OTHER_TENANT) {
                log.debug("identity event {} ({}) is another tenant's; acknowledged", event.id(), event.type());
            } else if (outcome == Outcome.DUPLICATE) {
                log.info(
                        "identity event {} ({}) was handled before{}; acknowledged",
                        event.id(),
                        event.type(),
                        redelivered ? " (a redelivery)" : "");
            } else if (event.change() instanceof MemberAdded added) {
                log.info("identity event {}: user {} joined tenant {}", event.id(), added.userId(), added.tenantId());
            } else {
                log.info("identity event {} ({}) handled", event.id(), event.type());
            }
        }

        /**
         * An ack, nack or reject that cannot be sent (the connection just dropped) needs no retry:
         * the broker requeues every unacked message of a lost channel, and the library ignores
         * delivery tags of a channel that was recovered since.
         */
        private void settle(String what, ChannelAction action) {
            try {
                action.run();
            } catch (IOException | ShutdownSignalException e) {
                log.warn("could not settle {} ({}); the broker will deliver it again", what, Broker.describe(e));
            }
        }

        private static String event(IdentityEvent event, Envelope envelope) {
            return event == null
                    ? "the unreadable message with tag " + envelope.getDeliveryTag()
                    : "identity event " + event.id();
        }
    }

    @FunctionalInterface
    private interface ChannelAction {
        void run() throws IOException;
    }
}
