package com.vecton.crm.application.service.event;

import com.vecton.crm.application.port.in.event.RelayOutboxUseCase;
import com.vecton.crm.application.port.out.EventOutbox;
import com.vecton.crm.application.port.out.EventPublisher;
import com.vecton.crm.application.port.out.Transactions;
import java.util.Objects;

/**
 * Relays one batch of the outbox: claims the oldest events, publishes them with confirms, and
 * removes them, all in one transaction. Removing only after the broker confirmed makes delivery
 * at-least-once: a failed or unconfirmed publish throws, the transaction rolls back, and the same
 * events, in the same order, are the next run's batch. The claim holds the relay's lock until the
 * transaction ends, so replicas relay one at a time and each subject's events leave in order.
 */
public final class RelayOutboxService implements RelayOutboxUseCase {
    /** Bounds how long one transaction (and the relay lock) is held while the broker confirms. */
    public static final int MAX_BATCH_SIZE = 10_000;

    private final Transactions transactions;
    private final EventOutbox outbox;
    private final EventPublisher publisher;
    private final int batchSize;

    public RelayOutboxService(Transactions transactions, EventOutbox outbox, EventPublisher publisher, int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException(
                    "the relay batch size must be 1.." + MAX_BATCH_SIZE + ", got " + batchSize);
        }
        this.transactions = Objects.requireNonNull(transactions);
        this.outbox = Objects.requireNonNull(outbox);
        this.publisher = Objects.requireNonNull(publisher);
        this.batchSize = batchSize;
    }

    @Override
    public int relayBatch() {
        return transactions.inTransaction(() -> {
            var batch = outbox.claimOldest(batchSize);
            if (batch.isEmpty()) {
                return 0;
            }
            publisher.publishConfirmed(batch);
            outbox.remove(batch);
            return batch.size();
        });
    }
}
