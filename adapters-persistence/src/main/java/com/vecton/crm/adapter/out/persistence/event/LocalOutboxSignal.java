package com.vecton.crm.adapter.out.persistence.event;

import com.vecton.crm.application.port.out.OutboxSignal;
import java.time.Duration;

/**
 * Wakes this process's outbox relay once a transaction of this process that wrote an event has
 * committed ({@link #eventsCommitted()}, called by the activity log after the commit). Events
 * written by other replicas are not signalled here: their relays wake for them, and any relay
 * also finds them when its wait times out, so the timeout bounds the delay of every event.
 *
 * <p>Not a Postgres {@code LISTEN/NOTIFY}: a transaction that notifies holds a server-wide lock
 * through its commit (see V13), which would cap every writer of the server for a wake-up that
 * this process can give itself for free.
 */
public final class LocalOutboxSignal implements OutboxSignal {
    private final Object lock = new Object();
    private boolean pending;

    /** Some transaction of this process committed events; wakes a waiting relay (or the next one to wait). */
    public void eventsCommitted() {
        synchronized (lock) {
            pending = true;
            lock.notifyAll();
        }
    }

    @Override
    public void awaitEvents(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            long left;
            while (!pending && (left = deadline - System.nanoTime()) > 0) {
                lock.wait(Math.max(1, left / 1_000_000));
            }
            pending = false;
        }
    }

    /** Nothing to release; wakes a waiting relay so that it sees it is being closed. */
    @Override
    public void close() {
        eventsCommitted();
    }
}
