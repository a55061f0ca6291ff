package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.lifecycle.KeepsHistory;
import com.vecton.crm.domain.lifecycle.RecordId;

/**
 * Undoes a soft delete of a record of any type under its row lock, once the requester's policies
 * and precondition hold on it as locked, with its audit row, in one transaction. Idempotent: restoring a live record returns it unchanged and writes nothing. A
 * restored record meets its store's rules again (a time entry whose time was taken meanwhile is refused).
 */
public final class RestoreRecordService<I extends RecordId, E extends KeepsHistory & PolicyResource>
        implements RestoreRecordUseCase<I, E> {
    private final RecordType<I, E> type;
    private final UseCaseKit kit;

    public RestoreRecordService(RecordType<I, E> type, UseCaseKit kit) {
        type.restore();
        this.type = type;
        this.kit = kit;
    }

    @Override
    public E restore(Requester who, I id) {
        return kit.transactions().inTransaction(() -> {
            var current = type.lock(id);
            type.admitChange(who, current);
            if (!current.isDeleted()) {
                return current;
            }
            var now = kit.clock().now();
            var restored = type.restore().apply(current, now);
            type.store().save(restored);
            kit.audit().record(who.actor(), type.subject(), id, AuditEvent.RESTORED, Changes.NONE, now);
            return restored;
        });
    }
}
