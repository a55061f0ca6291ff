package com.vecton.crm.application.service.file;

import com.vecton.crm.application.port.in.file.CleanUpBlobsUseCase;
import com.vecton.crm.application.port.out.BlobIndex;
import com.vecton.crm.application.port.out.BlobStore;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.Transactions;
import java.time.Duration;

/**
 * The blob cleanup every replica runs. Each content is forgotten in a transaction of its own that
 * first takes the content's lock without waiting ({@link BlobIndex#tryLock}: a content being uploaded
 * right now is skipped, not waited for) and then asks again whether anything refers to it, so an
 * upload of the same content either committed its reference before (and the content stays) or
 * waits for the lock and then finds no record (and stores the content again). The file is deleted
 * under the lock, before the record's deletion commits: deleting it after the commit would let an
 * upload in between find the file still there, keep it, and lose it to this delete.
 */
public final class CleanUpBlobsService implements CleanUpBlobsUseCase {
    /** Staged leftovers older than this are from a process that died mid-upload (an upload waits at most 30 s between bytes). */
    public static final Duration STAGING_GRACE = Duration.ofHours(1);

    private static final int BATCH = 500;

    private final Transactions transactions;
    private final BlobIndex index;
    private final BlobStore store;
    private final Clock clock;

    public CleanUpBlobsService(Transactions transactions, BlobIndex index, BlobStore store, Clock clock) {
        this.transactions = transactions;
        this.index = index;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public int cleanUp() {
        int removed = 0;
        for (var hash : transactions.inTransaction(() -> index.unreferenced(clock.now(), BATCH))) {
            boolean gone = transactions.inTransaction(() -> {
                if (!index.tryLock(hash) || !index.isRecorded(hash) || index.isReferenced(hash)) {
                    return false;
                }
                index.forget(hash);
                store.delete(hash);
                return true;
            });
            if (gone) {
                removed++;
            }
        }
        store.sweepStaging(clock.now().minus(STAGING_GRACE));
        return removed;
    }
}
