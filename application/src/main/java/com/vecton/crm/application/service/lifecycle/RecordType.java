package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.lifecycle.KeepsHistory;
import com.vecton.crm.domain.lifecycle.RecordId;
import com.vecton.crm.domain.lifecycle.VersionedRecord;
import com.vecton.crm.domain.name.Names;
import com.vecton.crm.domain.problem.NotFound;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One entity type as the use cases that are the same for every entity see it ({@link ShowRecordService},
 * {@link DeleteRecordService}, {@link RestoreRecordService}, {@link RecordWrites}): its name in the audit
 * trail, its store, who may act on one of its records, and, for a type whose records are
 * soft-deleted, how a record is deleted and brought back. Everything in it is the entity's own;
 * the use cases add what is the same for all (the transaction, the lock, 404 for what is not
 * there, the checks under the lock, the audit row). Its resource name and attributes for the
 * policies are the record's own ({@link PolicyResource}), and so is its version, which the
 * requester's precondition ({@code If-Match}) is checked against ({@link VersionedRecord}).
 *
 * @param <I> the entity's id
 * @param <E> the entity
 */
public final class RecordType<I extends RecordId, E extends PolicyResource & VersionedRecord> {
    private final String subject;
    private final RecordStore<I, E> store;
    private final Function<I, Optional<E>> lock;
    private final Guard<E> guard;
    private final Predicate<E> live;
    private final Transition<E> delete;
    private final Transition<E> restore;

    private RecordType(
            String subject,
            RecordStore<I, E> store,
            Function<I, Optional<E>> lock,
            Guard<E> guard,
            Predicate<E> live,
            Transition<E> delete,
            Transition<E> restore) {
        if (!Names.isSnakeCase(subject) || store == null || lock == null || guard == null) {
            throw new IllegalArgumentException("a record type has a snake_case subject, a store, a lock and a guard");
        }
        this.subject = subject;
        this.store = store;
        this.lock = lock;
        this.guard = guard;
        this.live = live;
        this.delete = delete;
        this.restore = restore;
    }

    /**
     * A type whose records are deleted for good (or not at all): every stored record is live.
     *
     * @param subject singular snake_case, as the audit trail and CRM events name the type ({@code task_label})
     * @param guard   who may act on a loaded record: for most types the requester's policies on it
     *                ({@link UseCaseKit#admit}), for some a rule of their own first
     */
    public static <I extends RecordId, E extends PolicyResource & VersionedRecord> RecordType<I, E> of(
            String subject, RecordStore<I, E> store, Guard<E> guard) {
        return new RecordType<>(subject, store, store::lockById, guard, record -> true, null, null);
    }

    /**
     * A type whose records are soft-deleted by {@code delete} and brought back by {@code restore}
     * (each given the record and now); a deleted record is not there for show and edit.
     */
    public static <I extends RecordId, E extends KeepsHistory & PolicyResource> RecordType<I, E> softDeleted(
            String subject, RecordStore<I, E> store, Guard<E> guard, Transition<E> delete, Transition<E> restore) {
        if (delete == null || restore == null) {
            throw new IllegalArgumentException("a soft-deleted type says how to delete and restore");
        }
        return new RecordType<>(subject, store, store::lockById, guard, record -> !record.isDeleted(), delete, restore);
    }

    /**
     * The type, its records locked by {@code lock} rather than by the store's row lock alone (a
     * task locks its project first, as every change to a board does).
     */
    public RecordType<I, E> lockedBy(Function<I, Optional<E>> lock) {
        return new RecordType<>(subject, store, lock, guard, live, delete, restore);
    }

    public String subject() {
        return subject;
    }

    public RecordStore<I, E> store() {
        return store;
    }

    /** The record, live or deleted, locked until the transaction ends; 404 when unknown. */
    public E lock(I id) {
        return lock.apply(id).orElseThrow(() -> notFound(id));
    }

    /**
     * The live record, locked until the transaction ends, once the requester may act on it as
     * locked and their precondition holds on it ({@link #admitChange}); 404 when unknown or
     * deleted. Call it inside the transaction of the change, before anything is written.
     */
    public E lockLive(Requester who, I id) {
        var record = lock.apply(id).filter(live).orElseThrow(() -> notFound(id));
        admitChange(who, record);
        return record;
    }

    /**
     * Refuses unless the requester may change this record, loaded under its lock: their policies
     * on it first ({@code 403}), then their precondition on its version ({@code 412}
     * {@code precondition_failed}, {@code If-Match}). Under the lock, so that of two changes sent
     * with the version both read, the second waits for the first and then finds another version.
     */
    public void admitChange(Requester who, E record) {
        admit(who, record);
        requireCondition(who, record);
    }

    /** Refuses ({@code 412}) unless the requester's precondition holds on the record as locked. */
    public static void requireCondition(Requester who, VersionedRecord record) {
        who.precondition().requireFor(record.version());
    }

    /** The live record, read without a lock (for a read, whose check and answer are on this one copy). */
    public E findLive(I id) {
        return store.findById(id).orElseThrow(() -> notFound(id));
    }

    /** Whether the record is live (not soft-deleted). */
    public boolean isLive(E record) {
        return live.test(record);
    }

    /** Refuses unless the requester may do what they asked to this record (loaded under its lock). */
    public void admit(Requester who, E record) {
        guard.admit(who, record);
    }

    /** What a client asking for {@code id} is told when it is not there (or, for most uses, deleted). */
    public NotFound notFound(I id) {
        return new NotFound(subject, id);
    }

    boolean softDeletes() {
        return delete != null;
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

    /** Whether a requester may act on a loaded record; refuses with a problem (403, or 404) if not. */
    @FunctionalInterface
    public interface Guard<E> {
        void admit(Requester who, E record);
    }

    /** A record's next state at {@code now}: edited, deleted, or back from the bin. */
    @FunctionalInterface
    public interface Transition<E> {
        E apply(E record, Instant now);
    }
}
