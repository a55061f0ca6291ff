package com.vecton.crm.application.port.out;

import java.time.Duration;

/** Wakes the outbox relay when an event was added, so it need not poll often. */
public interface OutboxSignal extends AutoCloseable {

    /**
     * Waits until an event was committed to the outbox since the last call, or the timeout
     * passed; may return early (spurious wake-ups are harmless: the relay just finds nothing).
     */
    void awaitEvents(Duration timeout) throws InterruptedException;

    @Override
    void close();
}
