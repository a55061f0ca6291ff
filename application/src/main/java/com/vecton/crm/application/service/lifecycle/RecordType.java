package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.lifecycle.RecordId;
import com.vecton.crm.domain.problem.NotFound;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * One entity type as the lifecycle use cases ({@link ShowRecordService}, {@link DeleteRecordService},
 * {@link RestoreRecordService}) see it: its name in the audit trail, its store, and, for a type
 * whose records are soft-deleted, how a record is deleted and brought back. Everything in it is the
 * entity's own; the use cases add what is the same for all (the transaction, the lock, 404 for
 * what is not there, the audit row).
 *
 * @param <I> the entity's id
 * @param <E> the entity
 */
public final class RecordType<I extends RecordId, E> {
    private final String subject;
    private final RecordStore<I, E> store;
    private final Function<I, Optional<E>> lock;
    private final Transition<E> delete;
    private final Transition<E> restore;

    private RecordType(String subject, RecordStore<I, E> store, Function<I, Optional<E>> lock, Transition<E> delete,
                       Transition<E> restore) {
        if (subject == null || !subject.matches("[a-z][a-z0-9_]*") || store == null || lock == null) {
            throw new IllegalArgumentException("a record type has a snake_case subject, a store and a lock");
        }
        this.subject = subject;
        this.store = store;
        this.lock = lock;
        this.delete = delete;
        this.restore = restore;
    }

    /**
     * @param subject singular snake_case, as the audit trail and CRM events name the type ({@code contact})
     */
    public static <I extends RecordId, E> RecordType<I, E> of(String subject, RecordStore<I, E> store) {
        return new RecordType<>(subject, store, store::lockById, null, null);
    }

    /** The type, soft-deleted by {@code delete} and brought back by {@code restore} (each given the record and now). */
    public RecordType<I, E> softDeleted(Transition<E> delete, Transition<E> restore) {
        return new RecordType<>(subject, store, lock, delete, restore);
    }

    /**
     * The type, its records locked by {@code lock} rather than by the store's row lock alone (a
     * task locks its project first, as every change to a board does).
     */
    public RecordType<I, E> lockedBy(Function<I, Optional<E>> lock) {
        return new RecordType<>(subject, store, lock, delete, restore);
    }

    public String subject() {
        return subject;
    }

    public RecordStore<I, E> store() {
        return store;
    }

    /** The record, live or deleted, locked until the transaction ends. */
    public Optional<E> lock(I id) {
        return lock.apply(id);
    }

    /** What a client asking for {@code id} is told when it is not there (or, for most uses, deleted). */
    public NotFound notFound(I id) {
        return new NotFound(subject, id);
    }

    Transition<E> delete() {
        return required(delete);
    }

    Transition<E> restore() {
        return required(restore);
    }

    private Transition<E> required(Transition<E> transition) {
        if (transition == null) {
            throw new IllegalStateException(subject + " records are not soft-deleted");
        }
        return transition;
    }

    /** A record's next state at {@code now}: deleted, or back from the bin. */
    @FunctionalInterface
    public interface Transition<E> {
        E apply(E record, Instant now);
    }
}
