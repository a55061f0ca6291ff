package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.lifecycle.RecordId;
import com.vecton.crm.domain.lifecycle.VersionedRecord;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * The steps of a create and of an edit that are the same for every entity, for the entity's own
 * create and edit use cases to run with what is their own (how the record is made or changed, and
 * the rules about stored data it must meet), each in one transaction with its audit row.
 *
 * <p>An edit takes the live record under its row lock, checks the requester's policies on it as
 * locked, applies the change and, only when a field changed, saves and audits it: under the lock,
 * so two concurrent edits of different fields both land; an edit that changes nothing writes nothing.
 */
public final class RecordWrites<I extends RecordId, E extends PolicyResource & VersionedRecord> {
    private final RecordType<I, E> type;
    private final UseCaseKit kit;
    private final Function<E, Map<String, ?>> fields;

    /** @param fields a record's fields by API name, which the audit row compares before and after */
    public RecordWrites(RecordType<I, E> type, UseCaseKit kit, Function<E, Map<String, ?>> fields) {
        this.type = type;
        this.kit = kit;
        this.fields = fields;
    }

    /**
     * A new record and its audit row (every field, as changed from nothing).
     *
     * @param check rules about stored data the new record must meet, run first in the transaction
     *              (a contact's company is live); {@link #nothingToCheck()} when there are none
     * @param make  the record, from a fresh id and now
     */
    public E create(Actor actor, Runnable check, Creation<I, E> make) {
        return kit.transactions().inTransaction(() -> {
            check.run();
            var now = kit.clock().now();
            var id = type.store().nextId();
            var record = make.make(id, now);
            type.store().save(record);
            kit.audit()
                    .record(actor, type.subject(), id, AuditEvent.CREATED, Changes.created(fields.apply(record)), now);
            return record;
        });
    }

    /**
     * An edit of a live record.
     *
     * @param change what the edit makes of the record, now
     * @param check  rules the changed record must meet before it is saved, given what changed
     *               (a contact's new company is live); {@link #nothingChangedToCheck()} when there are none
     * @return the edited record, or the record as it was when nothing changed
     */
    public E edit(Requester who, I id, RecordType.Transition<E> change, Check<E> check) {
        return kit.transactions().inTransaction(() -> {
            var current = type.lockLive(who, id);
            var now = kit.clock().now();
            var edited = change.apply(current, now);
            var changes = Changes.between(fields.apply(current), fields.apply(edited));
            if (changes.isEmpty()) {
                return current;
            }
            check.check(edited, changes);
            type.store().save(edited);
            kit.audit().record(who.actor(), type.subject(), id, AuditEvent.UPDATED, changes, now);
            return edited;
        });
    }

    /** For a create whose every record is valid on its own. */
    public static Runnable nothingToCheck() {
        return () -> {};
    }

    /** For an edit whose every possible result is valid on its own. */
    public static <E> Check<E> nothingChangedToCheck() {
        return (edited, changes) -> {};
    }

    /** A new record, made from its fresh id at {@code now}. */
    @FunctionalInterface
    public interface Creation<I, E> {
        E make(I id, Instant now);
    }

    /** A rule about stored data that a changed record must meet; throws the problem when it does not. */
    @FunctionalInterface
    public interface Check<E> {
        void check(E edited, Changes changes);
    }
}
