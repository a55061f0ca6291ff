package com.vecton.crm.domain.sync;

import java.time.Instant;

/**
 * One entry of a changes feed: a record as it is now ({@link Live}), or the news that it was
 * deleted ({@link Deleted}), soft-deleted or deleted for good alike.
 *
 * @param <E> the entity
 */
public sealed interface Change<E> {

    /** The record as it is now, as its item route shows it. */
    record Live<E>(E record) implements Change<E> {
        public Live {
            if (record == null) {
                throw new IllegalArgumentException("a live change has its record");
            }
        }
    }

    /** A tombstone: the record's id and when it was deleted; nothing else of it. */
    record Deleted<E>(long id, Instant deletedAt) implements Change<E> {
        public Deleted {
            if (id < 1 || deletedAt == null) {
                throw new IllegalArgumentException("a tombstone has an id and a time of deletion");
            }
        }
    }
}
