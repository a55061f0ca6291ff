package com.vecton.crm.adapter.out.persistence.sync;

import com.vecton.crm.application.port.out.SyncTombstones;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link SyncTombstones} as rows of {@code sync_tombstones} (V16), which the delete triggers of the
 * tables whose rows are deleted for good write; the stores' feeds read them ({@code JdbiStore}).
 */
public final class JdbiSyncTombstones implements SyncTombstones {
    private final Jdbi jdbi;

    public JdbiSyncTombstones(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Deletes one batch, oldest first by the deleted_at index; SKIP LOCKED lets replicas that
     * prune at the same moment take different rows instead of waiting on each other's.
     */
    @Override
    public int forgetDeletedBefore(Instant cutoff, int max) {
        return jdbi.withHandle(handle ->
                handle.createUpdate("""
                        DELETE FROM sync_tombstones
                        WHERE (record_type, record_id) IN (SELECT record_type, record_id FROM sync_tombstones
                                                           WHERE deleted_at < :cutoff
                                                           ORDER BY deleted_at
                                                           LIMIT :max
                                                           FOR UPDATE SKIP LOCKED)""").bind("cutoff", cutoff).bind("max", max).execute());
    }
}
