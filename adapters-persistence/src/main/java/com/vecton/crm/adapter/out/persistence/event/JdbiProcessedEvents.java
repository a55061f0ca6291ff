package com.vecton.crm.adapter.out.persistence.event;

import com.vecton.crm.application.port.out.ProcessedEvents;
import com.vecton.crm.domain.event.IdentityEvent;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link ProcessedEvents} as rows of {@code processed_events} (V12), written in the caller's
 * transaction. The primary key decides between concurrent deliveries of one id: the second insert
 * waits for the first transaction, then does nothing if it committed, or inserts if it rolled back.
 */
public final class JdbiProcessedEvents implements ProcessedEvents {
    private final Jdbi jdbi;

    public JdbiProcessedEvents(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean markProcessed(IdentityEvent event, Instant handledAt) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO processed_events (event_id, type, occurred_at, handled_at)
                        VALUES (:id, :type, :occurredAt, :handledAt)
                        ON CONFLICT (event_id) DO NOTHING""")
                        .bind("id", event.id())
                        .bind("type", event.type())
                        .bind("occurredAt", event.occurredAt())
                        .bind("handledAt", handledAt)
                        .execute())
                == 1;
    }

    /**
     * Deletes one batch, oldest first by the handled_at index; SKIP LOCKED lets replicas that
     * prune at the same moment take different rows instead of waiting on each other's.
     */
    @Override
    public int forgetHandledBefore(Instant cutoff, int max) {
        return jdbi.withHandle(handle ->
                handle.createUpdate("""
                        DELETE FROM processed_events
                        WHERE event_id IN (SELECT event_id FROM processed_events
                                           WHERE handled_at < :cutoff
                                           ORDER BY handled_at
                                           LIMIT :max
                                           FOR UPDATE SKIP LOCKED)""").bind("cutoff", cutoff).bind("max", max).execute());
    }
}
