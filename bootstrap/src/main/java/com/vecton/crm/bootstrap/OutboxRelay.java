package com.vecton.crm.bootstrap;

import com.vecton.crm.application.port.in.event.RelayOutboxUseCase;
import com.vecton.crm.application.port.out.OutboxSignal;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background job that empties the outbox: relays batches while there are events, then
 * sleeps until this process commits a new one or {@link #IDLE_POLL} passes (which is how events
 * written by other replicas are found). Every replica runs one; the outbox lets one relay at a
 * time and the others find nothing, so a replica that dies mid-batch leaves its rows to the next.
 *
 * <p>While publishing fails (broker down, database down) it retries with a capped exponential
 * backoff and logs the outage once when it starts and once when it ends, not every attempt.
 */
final class OutboxRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    /**
     * How long an idle relay waits before looking again: the most an event written by another
     * replica waits for this one (its own relay wakes at once). A look is one tiny transaction.
     */
    static final Duration IDLE_POLL = Duration.ofMillis(200);

    static final Duration FIRST_RETRY = Duration.ofMillis(200);
    static final Duration LAST_RETRY = Duration.ofSeconds(15);

    private final RelayOutboxUseCase relay;
    private final Supplier<OutboxSignal> signals;
    private final Thread thread;
    private volatile boolean running = true;

    private OutboxRelay(RelayOutboxUseCase relay, Supplier<OutboxSignal> signals) {
        this.relay = relay;
        this.signals = signals;
        this.thread = Thread.ofPlatform().name("outbox-relay").daemon(true).unstarted(this::run);
    }

    /** Starts relaying on a thread of its own. */
    static OutboxRelay start(RelayOutboxUseCase relay, Supplier<OutboxSignal> signals) {
        var started = new OutboxRelay(relay, signals);
        started.thread.start();
        return started;
    }

    private void run() {
        int failures = 0;
        while (running) {
            // The signal holds a database connection of its own; it is opened again after any failure.
            try (OutboxSignal signal = signals.get()) {
                while (running) {
                    int relayed = relay.relayBatch();
                    if (failures > 0) {
                        LOG.info("outbox relay recovered after {} failed attempts", failures);
                        failures = 0;
                    }
                    if (relayed == 0) {
                        signal.awaitEvents(IDLE_POLL);
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (failures++ == 0) {
                    LOG.warn(
                            "outbox relay cannot publish; events stay in the outbox and are retried: {}", e.toString());
                }
                if (!pause(backoff(failures))) {
                    return;
                }
            }
        }
    }

    /** 200 ms doubling to 15 s, with jitter so that replicas do not retry in step. */
    static Duration backoff(int failures) {
        long cap = LAST_RETRY.toMillis();
        long base = Math.min(cap, FIRST_RETRY.toMillis() << Math.min(failures - 1, 16));
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    /** Sleeps; {@code false} when interrupted (closing). */
    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Stops after the batch in flight (which commits or rolls back as a whole). */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
