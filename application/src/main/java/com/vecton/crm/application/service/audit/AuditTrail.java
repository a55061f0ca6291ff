package com.vecton.crm.application.service.audit;

import com.vecton.crm.application.port.out.ActivityLog;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import java.time.Instant;
import java.util.List;

/** Writes the audit row of a change; every use case that changes data records through it. */
public final class AuditTrail {
    private final ActivityLog log;

    public AuditTrail(ActivityLog log) {
        this.log = log;
    }

    public void record(
            Actor actor, String subjectType, Object subjectId, AuditEvent event, Changes changes, Instant at) {
        log.record(new ActivityEntry(actor, subjectType, String.valueOf(subjectId), event, changes, at));
    }

    /** The audit rows of many changes of one transaction, written together. */
    public void recordAll(List<ActivityEntry> entries) {
        if (!entries.isEmpty()) {
            log.recordAll(entries);
        }
    }
}
