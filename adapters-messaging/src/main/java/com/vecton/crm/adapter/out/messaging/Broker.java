package com.vecton.crm.adapter.out.messaging;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.ShutdownSignalException;
import com.rabbitmq.client.impl.DefaultExceptionHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one connection to RabbitMQ, shared by the identity-event consumers and the outbox
 * publisher; it keeps itself connected so that the rest of the process never waits for the broker.
 *
 * <p>amqp-client's automatic recovery only repairs a connection that was once open, so the first
 * connect is retried here, on a background thread, with {@link Backoff}: a process started while
 * the broker is down serves HTTP (readiness says {@link State#CONNECTING}) and attaches its consumers
 * once the broker answers. From then on the library reconnects (same backoff) and restores the
 * topology every channel declared: exchanges, queues (a server-named queue gets a new name and its
 * bindings and consumers follow it), bindings, consumers, prefetch and confirm mode.
 *
 * <p>Components {@linkplain #whenConnected attach} once the connection is open; an attachment that
 * fails (the connection dropped while it declared, a queue with other arguments) is retried with the
 * same backoff until it succeeds or the broker is closed, so a consumer is never silently missing.
 *
 * <p>A broker that answers but refuses the settings (an unknown vhost, such as the empty one a
 * trailing slash names, a vhost the user may not use, a wrong user name or password) is a
 * {@link BrokerRefusal}: logged once at ERROR with the cause and the fix, kept for readiness
 * ({@link #refusal()}), and still retried with the same backoff, silently, so that the fix on the
 * broker's side is picked up without a restart. Whether on the first connect or on a reconnect.
 *
 * <p>The AMQP URL's password is never logged; every line names the connection as the broker shows
 * it ({@code crm-{tenant}-{host}-{pid}}).
 */
public final class Broker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Broker.class);

    /** A dead broker or network is noticed within about two heartbeats. */
    private static final int HEARTBEAT_SECONDS = 20;
    /** The library's default (60 s) would hold the first attempt that long on a black-holed address. */
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    /** The default (10 min) would hold a publisher or an attachment that long when the broker stops answering. */
    private static final int RPC_TIMEOUT_MS = 15_000;

    private static final int CLOSE_TIMEOUT_MS = 3_000;
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@?#]*):[^@/?#]*@");

    /** What readiness reports: only {@link #CONNECTED} is healthy; the others are "degraded". */
    public enum State {
        /** Not connected yet since start (the broker was unreachable so far); retrying. */
        CONNECTING,
        /**
         * Not connected yet since start, and the broker's last answer was a {@link BrokerRefusal}:
         * retrying, but only an operator can make it work.
         */
        REFUSED,
        /** The connection is open. */
        CONNECTED,
        /** The connection was lost; the library is reconnecting. */
        RECOVERING,
        /** {@link #close()} was called. */
        CLOSED
    }

    /** Something that declares its topology and starts work on an open connection. */
    @FunctionalInterface
    public interface Attachment {
        void attach(Connection connection) throws IOException;
    }

    private final ConnectionFactory factory;
    private final String name;
    private final String safeUrl;
    private final Backoff backoff;
    /** One thread: the first connect, then the attachments in order; interrupted on close. */
    private final ExecutorService worker;

    private final Object lock = new Object();
    private volatile Connection connection;
    private volatile boolean closed;
    private volatile boolean blocked;
    /** The broker's last answer when it was a refusal; cleared once a connection opens. */
    private volatile BrokerRefusal refusal;

    private Broker(String amqpUrl, String connectionName, Backoff backoff) {
        if (connectionName == null || connectionName.isBlank() || backoff == null) {
            throw new IllegalArgumentException("a broker connection has a name and a backoff");
        }
        this.name = connectionName;
        this.safeUrl = redact(amqpUrl);
        this.backoff = backoff;
        this.factory = new ConnectionFactory();
        try {
            factory.setUri(amqpUrl);
        } catch (Exception e) {
            // The exception's message quotes the URL, password included.
            throw new IllegalArgumentException("AMQP_URL is not a valid amqp:// or amqps:// URL: " + safeUrl);
        }
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        factory.setRecoveryDelayHandler(attempt -> backoff.delay(attempt).toMillis());
        factory.setRequestedHeartbeat(HEARTBEAT_SECONDS);
        factory.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        factory.setChannelRpcTimeout(RPC_TIMEOUT_MS);
        factory.setExceptionHandler(new DefaultExceptionHandler() {
            /** The library retries a refused reconnect for ever; it would log an ERROR with a stack trace each time. */
            @Override
            public void handleConnectionRecoveryException(Connection recovering, Throwable failure) {
                if (!noteRefusal(failure)) {
                    super.handleConnectionRecoveryException(recovering, failure);
                }
            }

            /**
             * The socket's end, which the library would log at WARN without naming the connection: each
             * refused attempt ends so, and a lost connection is logged by our shutdown listener, with
             * its cause, anyway; a failed attempt by {@link #connectUntilOpen}.
             */
            @Override
            public void handleUnexpectedConnectionDriverException(Connection failed, Throwable failure) {
                log.debug("the AMQP connection {} ended: {}", name, describe(failure));
            }
        });
        // Consumer callbacks run on these threads; a name in the log line says whose they are.
        var consumerThreads = new AtomicInteger();
        factory.setThreadFactory(
                task -> new Thread(task, "amqp-" + connectionName + "-" + consumerThreads.incrementAndGet()));
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "amqp-connect-" + connectionName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts connecting in the background and returns at once; never throws for an unreachable broker. */
    public static Broker start(String amqpUrl, String connectionName) {
        return start(amqpUrl, connectionName, Backoff.CONNECT);
    }

    /**
     * As {@link #start(String, String)}, with the backoff of the first connect and of reconnects.
     *
     * @throws IllegalArgumentException when the URL is not an AMQP URL (a configuration error)
     */
    public static Broker start(String amqpUrl, String connectionName, Backoff backoff) {
        var broker = new Broker(amqpUrl, connectionName, backoff);
        broker.worker.execute(broker::connectUntilOpen);
        return broker;
    }

    /** {@code crm-{tenant}-{host}-{pid}}: which process a connection in the broker's list belongs to. */
    public static String connectionName(String tenantId) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return "crm-" + tenantId + "-" + host + "-" + ProcessHandle.current().pid();
    }

    /** The URL with its password replaced by {@code ***}, fit for a log line. */
    public static String redact(String amqpUrl) {
        if (amqpUrl == null) {
            return "(no AMQP URL)";
        }
        return PASSWORD_IN_URL.matcher(amqpUrl.strip()).replaceFirst("$1:***@");
    }

    public String connectionName() {
        return name;
    }

    public State state() {
        if (closed) {
            return State.CLOSED;
        }
        Connection current = connection;
        if (current == null) {
            return refusal == null ? State.CONNECTING : State.REFUSED;
        }
        return current.isOpen() ? State.CONNECTED : State.RECOVERING;
    }

    /**
     * Why the broker will not take this connection, when its last answer was a refusal (while
     * {@link State#REFUSED}, or {@link State#RECOVERING} when it refused a reconnect); empty
     * otherwise, and again once a connection opens.
     */
    public Optional<BrokerRefusal> refusal() {
        return closed ? Optional.empty() : Optional.ofNullable(refusal);
    }

    /**
     * Runs the attachment once the connection is open (at once if it is), on the broker's thread;
     * retries it with backoff while it fails. After that the library's recovery keeps what it
     * declared: it is not run again on reconnects.
     */
    public void whenConnected(String what, Attachment attachment) {
        try {
            worker.execute(() -> attachUntilDone(what, attachment));
        } catch (RejectedExecutionException e) {
            log.debug("{} not attached: the broker connection {} is closed", what, name);
        }
    }

    /** The connection, when it is open now; for the publisher, which fails fast rather than wait. */
    Optional<Connection> openConnection() {
        Connection current = connection;
        return closed || current == null || !current.isOpen() ? Optional.empty() : Optional.of(current);
    }

    /** Whether the broker asked this connection to stop publishing (a memory or disk alarm). */
    boolean publishingBlocked() {
        return blocked;
    }

    /** Closes the connection (unacknowledged messages go back to their queues); idempotent, takes at most a few seconds. */
    @Override
    public void close() {
        Connection current;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            current = connection;
        }
        worker.shutdownNow();
        if (current != null) {
            try {
                current.close(CLOSE_TIMEOUT_MS);
            } catch (IOException | ShutdownSignalException e) {
                // Already closed, or recovering: abort stops the recovery too.
                current.abort(CLOSE_TIMEOUT_MS);
            }
        }
        try {
            worker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("closed the AMQP connection {}", name);
    }

    private void connectUntilOpen() {
        for (int attempt = 1; !closed; attempt++) {
            try {
                Connection opened = factory.newConnection(name);
                synchronized (lock) {
                    if (closed) {
                        opened.abort(CLOSE_TIMEOUT_MS);
                        return;
                    }
                    watch(opened);
                    connection = opened;
                }
                refusal = null;
                log.info("connected to {} as {}", safeUrl, name);
                return;
            } catch (IOException | TimeoutException | RuntimeException e) {
                if (closed) {
                    return;
                }
                Duration wait = backoff.delay(attempt);
                if (!noteRefusal(e)) {
                    log.warn(
                            "cannot connect to {} as {} (attempt {}: {}); retrying in {} ms",
                            safeUrl,
                            name,
                            attempt,
                            describe(e),
                            wait.toMillis());
                }
                if (!pause(wait)) {
                    return;
                }
            }
        }
    }

    private void attachUntilDone(String what, Attachment attachment) {
        for (int attempt = 1; !closed; attempt++) {
            Connection current = connection;
            if (current == null) {
                return;
            }
            try {
                attachment.attach(current);
                return;
            } catch (IOException | RuntimeException e) {
                if (closed) {
                    return;
                }
                Duration wait = backoff.delay(attempt);
                log.warn(
                        "cannot attach {} to the AMQP connection {} (attempt {}: {}); retrying in {} ms",
                        what,
                        name,
                        attempt,
                        describe(e),
                        wait.toMillis());
                if (!pause(wait)) {
                    return;
                }
            }
        }
    }

    private void watch(Connection opened) {
        opened.addShutdownListener(cause -> {
            if (!cause.isInitiatedByApplication()) {
                log.warn("lost the AMQP connection {} ({}); reconnecting", name, describe(cause));
            }
        });
        opened.addBlockedListener(
                reason -> {
                    blocked = true;
                    log.warn("the broker blocks publishing on {}: {}", name, reason);
                },
                () -> {
                    blocked = false;
                    log.info("the broker unblocked publishing on {}", name);
                });
        ((Recoverable) opened).addRecoveryListener(new RecoveryListener() {
            @Override
            public void handleRecoveryStarted(Recoverable recoverable) {
                if (!closed) {
                    log.info("reconnecting {} to {}", name, safeUrl);
                }
            }

            @Override
            public void handleRecovery(Recoverable recoverable) {
                blocked = false;
                refusal = null;
                log.info("reconnected {} to {}; queues, bindings and consumers restored", name, safeUrl);
            }
        });
    }

    /**
     * Whether the failure is the broker's refusal of the settings; if so it is kept for readiness
     * and, unless it is the one already reported, logged as one ERROR line with its cause and fix.
     * Repeats are not logged: the retries go on, quietly, until the settings or the broker change.
     */
    private boolean noteRefusal(Throwable failure) {
        Optional<BrokerRefusal> found = BrokerRefusal.in(failure, factory.getVirtualHost());
        if (found.isEmpty()) {
            return false;
        }
        BrokerRefusal now = found.get();
        if (!now.equals(refusal) && !closed) {
            log.error(
                    "the broker at {} refuses the AMQP connection {}: {} (broker: {}); fix: {}. Until then nothing"
                            + " is consumed or published, and /health/ready says why; retrying quietly, at most {} ms"
                            + " apart",
                    safeUrl,
                    name,
                    now.cause(),
                    brokerText(failure),
                    now.fix(),
                    backoff.max().toMillis());
        }
        refusal = now;
        return true;
    }

    /** Sleeps on the broker's thread; false when woken by {@link #close()}. */
    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What the broker said: the reply text of its connection.close, else the failure's first message. */
    private static String brokerText(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ShutdownSignalException signal
                    && signal.getReason() instanceof com.rabbitmq.client.AMQP.Connection.Close close) {
                return close.getReplyCode() + " " + close.getReplyText();
            }
        }
        return describe(failure);
    }

    /** The first message in a cause chain, for a log line (amqp-client wraps channel errors in a bare IOException). */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
