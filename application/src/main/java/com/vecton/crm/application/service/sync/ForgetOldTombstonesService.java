package com.vecton.crm.application.service.sync;

import com.vecton.crm.application.port.in.sync.ForgetOldTombstonesUseCase;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.SyncTombstones;
import com.vecton.crm.domain.sync.SyncCursor;
import java.time.Duration;
import java.util.Objects;

/**
 * Forgets tombstones of records deleted more than {@link #RETENTION} ago: a cursor's lifetime
 * ({@link SyncCursor#LIFETIME}, after which it is refused) and a day more. The day covers the
 * transaction that deleted a record: the tombstone is stamped when the row goes, and a deletion a
 * client has not seen is at worst one that was in flight when its cursor's time was taken
 * ({@link com.vecton.crm.domain.sync.ChangePage#after}); no transaction runs for a day (statements
 * are cut off after seconds). Deletes in batches, each its own statement, so that no run holds
 * many row locks or a long transaction.
 */
public final class ForgetOldTombstonesService implements ForgetOldTombstonesUseCase {
    public static final Duration RETENTION = SyncCursor.LIFETIME.plusDays(1);
    static final int BATCH = 5_000;

    private final SyncTombstones tombstones;
    private final Clock clock;

    public ForgetOldTombstonesService(SyncTombstones tombstones, Clock clock) {
        this.tombstones = Objects.requireNonNull(tombstones);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public int forgetOldTombstones() {
        var cutoff = clock.now().minus(RETENTION);
        int forgotten = 0;
        int batch;
        do {
            batch = tombstones.forgetDeletedBefore(cutoff, BATCH);
            forgotten += batch;
        } while (batch == BATCH);
        return forgotten;
    }
}
