package com.vecton.crm.application.port.in.event;

/**
 * Publish the oldest waiting CRM events, in order, and remove them from the outbox once the
 * broker confirmed them. Safe to run on several replicas at once: one relays, the others find
 * nothing to do. Throws when publishing fails; the events stay and the next run retries them.
 */
public interface RelayOutboxUseCase {

    /** Relays at most one batch; the number of events relayed (0 when none waited or another replica relays). */
    int relayBatch();
}
