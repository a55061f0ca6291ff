package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.RestoreTimeEntryUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryId;

/**
 * Undoes a soft delete. Idempotent: restoring a live entry returns it unchanged. A restored entry
 * meets the store's rules again, so one whose time was taken meanwhile is refused.
 */
public final class RestoreTimeEntryService implements RestoreTimeEntryUseCase {
    private final TimeEntryServices s;

    public RestoreTimeEntryService(TimeEntryServices services) {
        this.s = services;
    }

    @Override
    public TimeEntry restore(Actor actor, TimeEntryId id) {
        return s.transactions().inTransaction(() -> {
            var current = s.entries().lockById(id).orElseThrow(() -> new NotFound(TimeEntryServices.SUBJECT, id));
            if (!current.isDeleted()) {
                return current;
            }
            var now = s.clock().now();
            var restored = current.undelete(now);
            s.entries().save(restored);
            s.audit().record(actor, TimeEntryServices.SUBJECT, id, AuditEvent.RESTORED, Changes.NONE, now);
            return restored;
        });
    }
}
