package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.event.IdentityEvent;
import java.time.Instant;

/** The ids of the identity events already handled, which makes handling idempotent. */
public interface ProcessedEvents {

    /**
     * Records that the event is being handled, inside the transaction of its changes. Returns
     * {@code false}, recording nothing, when its id was recorded before (by this or a concurrent
     * transaction that committed: the second waits for the first and then gets {@code false}).
     */
    boolean markProcessed(IdentityEvent event, Instant handledAt);

    /**
     * Forgets up to {@code max} ids handled before {@code cutoff} (a redelivery comes minutes or
     * hours after the first delivery, never weeks), so the table does not grow for ever. Safe to
     * run from several replicas at once; returns how many were forgotten.
     */
    int forgetHandledBefore(Instant cutoff, int max);
}
