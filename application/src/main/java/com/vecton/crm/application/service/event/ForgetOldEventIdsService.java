package com.vecton.crm.application.service.event;

import com.vecton.crm.application.port.in.event.ForgetOldEventIdsUseCase;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.ProcessedEvents;
import java.time.Duration;
import java.util.Objects;

/**
 * Forgets event ids handled more than {@link #RETENTION} ago. A duplicate comes from a
 * redelivery (a consumer that died before its ack, a broker failover) within minutes or hours;
 * a month is far beyond that. Deletes in batches, each its own statement, so that no run holds
 * many row locks or a long transaction.
 */
public final class ForgetOldEventIdsService implements ForgetOldEventIdsUseCase {
    public static final Duration RETENTION = Duration.ofDays(30);
    static final int BATCH = 5_000;

    private final ProcessedEvents processedEvents;
    private final Clock clock;

    public ForgetOldEventIdsService(ProcessedEvents processedEvents, Clock clock) {
        this.processedEvents = Objects.requireNonNull(processedEvents);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public int forgetOldEventIds() {
        var cutoff = clock.now().minus(RETENTION);
        int forgotten = 0;
        int batch;
        do {
            batch = processedEvents.forgetHandledBefore(cutoff, BATCH);
            forgotten += batch;
        } while (batch == BATCH);
        return forgotten;
    }
}
