package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.DeleteTimeEntryUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.time.TimeEntryId;

/** Soft-deletes a live entry: it leaves lists, totals and the overlap rule, and can be restored. */
public final class DeleteTimeEntryService implements DeleteTimeEntryUseCase {
    private final TimeEntryServices s;

    public DeleteTimeEntryService(TimeEntryServices services) {
        this.s = services;
    }

    @Override
    public void delete(Actor actor, TimeEntryId id) {
        s.transactions().inTransaction(() -> {
            var current = s.lockLive(id);
            var now = s.clock().now();
            s.entries().save(current.delete(now));
            s.audit().record(actor, TimeEntryServices.SUBJECT, id, AuditEvent.DELETED, Changes.NONE, now);
        });
    }
}
