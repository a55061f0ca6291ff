package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.lifecycle.RecordId;
import java.util.Optional;

/**
 * What every entity's store offers, and the use cases that are the same for every entity (show,
 * delete, restore) need: an entity's repository is one of these plus its own queries.
 *
 * @param <I> the entity's id
 * @param <E> the entity
 */
public interface RecordStore<I extends RecordId, E> {

    /** A fresh id for a record about to be created. */
    I nextId();

    /** Inserts a new record or overwrites the stored one with the same id. */
    void save(E record);

    /** A live (not soft-deleted) record. */
    Optional<E> findById(I id);

    /**
     * A record, live or soft-deleted, locked against concurrent changes until the surrounding
     * transaction ends, so that read-modify-write use cases never lose an update.
     */
    Optional<E> lockById(I id);
}
