package com.vecton.crm.domain.audit;

import java.time.Instant;

/**
 * One row of the audit trail: who did what to which subject, and what changed. Written in the
 * same transaction as the change it records, so the trail never disagrees with the data.
 *
 * @param subjectType singular snake_case, e.g. {@code contact}, {@code company}
 * @param event       one of the closed set, e.g. {@link AuditEvent#CREATED}
 */
public record ActivityEntry(
        Actor actor, String subjectType, String subjectId, AuditEvent event, Changes changes, Instant occurredAt) {
    public ActivityEntry {
        if (actor == null
                || subjectType == null
                || subjectId == null
                || event == null
                || changes == null
                || occurredAt == null) {
            throw new IllegalArgumentException("an activity entry has all of its parts");
        }
    }
}
