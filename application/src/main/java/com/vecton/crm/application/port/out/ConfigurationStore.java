package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.RecordId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The store of one kind of small configuration record (a leave type, a shift template): a short
 * list an administrator sets up, replaced whole, with no lifecycle of its own.
 *
 * @param <I> the record's id
 * @param <E> the record
 * @param <D> the fields an administrator gives it
 */
public interface ConfigurationStore<I extends RecordId, E, D> {

    E add(D details, UserId createdBy, Instant at);

    /** Empty when there is no record with that id. */
    Optional<E> replace(I id, D details, Instant at);

    Optional<E> find(I id);

    /** Every record, in the order the store lists them. */
    List<E> all();
}
