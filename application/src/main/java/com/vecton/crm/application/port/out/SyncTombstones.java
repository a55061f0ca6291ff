package com.vecton.crm.application.port.out;

import java.time.Instant;

/**
 * What is left of records deleted for good, which the changes feeds serve as tombstones; written
 * by the database itself on every such delete, so this port only forgets old ones.
 */
public interface SyncTombstones {

    /**
     * Forgets up to {@code max} tombstones of records deleted before {@code cutoff}, oldest first.
     * Safe to run from several replicas at once (none waits for another's rows); returns how many
     * were forgotten.
     */
    int forgetDeletedBefore(Instant cutoff, int max);
}
