package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.idempotency.IdempotencyKey;
import com.vecton.crm.domain.idempotency.IdempotencyRecord;
import com.vecton.crm.domain.idempotency.IdempotencyScope;
import java.time.Instant;
import java.util.Optional;

/** The keys of idempotent requests and the answers they got, shared by every replica. */
public interface IdempotencyRecords {

    /**
     * Claims the key for the caller's transaction, without waiting: {@code false} when another
     * transaction holds it (a request with this key is running). Held until the transaction ends,
     * so it must be called inside one.
     */
    boolean claim(IdempotencyScope scope, IdempotencyKey key);

    /** The record of the key, if it was used at or after {@code liveSince}; an older one is expired and not found. */
    Optional<IdempotencyRecord> findLive(IdempotencyScope scope, IdempotencyKey key, Instant liveSince);

    /**
     * Keeps the record, in the caller's transaction, replacing an expired record of the same key
     * (one used before {@code liveSince}). The caller holds the {@link #claim} and found no live
     * record, so there is none to collide with.
     *
     * @throws IllegalStateException when a live record of the key exists after all
     */
    void save(IdempotencyRecord record, Instant liveSince);

    /**
     * Forgets up to {@code max} records used before {@code cutoff}. Safe to run from several
     * replicas at once: each record is forgotten by one of them; returns how many this call forgot.
     */
    int forgetCreatedBefore(Instant cutoff, int max);
}
