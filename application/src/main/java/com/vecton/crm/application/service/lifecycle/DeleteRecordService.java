package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.lifecycle.KeepsHistory;
import com.vecton.crm.domain.lifecycle.RecordId;

/**
 * Soft-deletes a live record of any type under its row lock, once the requester's policies hold on it
 * as locked, with its audit row, in one transaction; deleting one already deleted is a 404, like any unknown id.
 */
public final class DeleteRecordService<I extends RecordId, E extends KeepsHistory & PolicyResource>
        implements DeleteRecordUseCase<I> {
    private final RecordType<I, E> type;
    private final UseCaseKit kit;

    public DeleteRecordService(RecordType<I, E> type, UseCaseKit kit) {
        type.delete();
        this.type = type;
        this.kit = kit;
    }

    @Override
    public void delete(Requester who, I id) {
        kit.transactions().inTransaction(() -> {
            var current = type.lockLive(who, id);
            var now = kit.clock().now();
            type.store().save(type.delete().apply(current, now));
            kit.audit().record(who.actor(), type.subject(), id, AuditEvent.DELETED, Changes.NONE, now);
        });
    }
}
