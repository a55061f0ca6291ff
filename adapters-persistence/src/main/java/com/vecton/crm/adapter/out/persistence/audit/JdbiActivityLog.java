package com.vecton.crm.adapter.out.persistence.audit;

import com.vecton.crm.application.port.out.ActivityLog;
import com.vecton.crm.domain.audit.ActivityEntry;
import org.jdbi.v3.core.Jdbi;

/** {@link ActivityLog} as rows of {@code activity_log}, written in the caller's transaction. */
public final class JdbiActivityLog implements ActivityLog {
    private final Jdbi jdbi;

    public JdbiActivityLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(ActivityEntry entry) {
        var impersonator = entry.actor().impersonatorId();
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO activity_log (occurred_at, actor_user_id, impersonator_id, subject_type, subject_id,
                                                  event, changes)
                        VALUES (:occurredAt, :actor, :impersonator, :subjectType, :subjectId, :event,
                                CAST(:changes AS jsonb))""")
                .bind("occurredAt", entry.occurredAt())
                .bind("actor", entry.actor().userId().value())
                .bind("impersonator", impersonator == null ? null : impersonator.value())
                .bind("subjectType", entry.subjectType())
                .bind("subjectId", entry.subjectId())
                .bind("event", entry.event())
                .bind("changes", ChangesJson.write(entry.changes()))
                .execute());
    }
}
