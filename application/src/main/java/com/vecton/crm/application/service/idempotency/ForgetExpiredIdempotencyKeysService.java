package com.vecton.crm.application.service.idempotency;

import com.vecton.crm.application.port.in.idempotency.ForgetExpiredIdempotencyKeysUseCase;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.IdempotencyRecords;
import java.util.Objects;

/**
 * Forgets the keys used more than {@link RunOnceService#RETENTION} ago, which are never replayed
 * again (a retry after that runs anew). Deletes in batches, each its own statement, so that no run
 * holds many row locks or a long transaction, as {@code ForgetOldEventIdsService} does.
 */
public final class ForgetExpiredIdempotencyKeysService implements ForgetExpiredIdempotencyKeysUseCase {
    static final int BATCH = 5_000;

    private final IdempotencyRecords records;
    private final Clock clock;

    public ForgetExpiredIdempotencyKeysService(IdempotencyRecords records, Clock clock) {
        this.records = Objects.requireNonNull(records);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public int forgetExpiredKeys() {
        var cutoff = clock.now().minus(RunOnceService.RETENTION);
        int forgotten = 0;
        int batch;
        do {
            batch = records.forgetCreatedBefore(cutoff, BATCH);
            forgotten += batch;
        } while (batch == BATCH);
        return forgotten;
    }
}
