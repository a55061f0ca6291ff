package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.lifecycle.RecordId;
import com.vecton.crm.domain.sync.ChangeBatch;
import com.vecton.crm.domain.sync.ChangePosition;
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

    /**
     * The changes feed of the type: the records written after {@code after} (live ones as they
     * are, deleted ones, soft or for good, as tombstones), in the order of the transaction that
     * wrote them last and then of id, at most {@code limit} of them, among those {@code visible}
     * (tested on the records' stored attributes, deleted ones included). Only changes that no
     * transaction still running can precede are read, so a client that goes on from where a batch
     * ended never misses one that commits later; see the store base for how.
     */
    ChangeBatch<E> changesAfter(ChangePosition after, Visibility visible, int limit);
}
