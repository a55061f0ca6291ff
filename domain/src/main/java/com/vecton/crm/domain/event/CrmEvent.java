package com.vecton.crm.domain.event;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.Changes;
import java.time.Instant;
import java.util.UUID;

/**
 * One of the CRM's own events, waiting in the outbox: every activity-log row is also published,
 * so other services learn what changed. Events of one subject are relayed in {@code sequence}
 * order, which is the order their changes committed in.
 *
 * @param sequence   the outbox position; relayed in ascending order
 * @param id         the event id consumers deduplicate by (stable across redeliveries)
 * @param subjectType singular snake_case, e.g. {@code contact}
 * @param event      e.g. {@code created}
 */
public record CrmEvent(
        long sequence,
        UUID id,
        Instant occurredAt,
        Actor actor,
        String subjectType,
        String subjectId,
        String event,
        Changes changes) {
    public CrmEvent {
        if (id == null
                || occurredAt == null
                || actor == null
                || subjectType == null
                || subjectId == null
                || event == null
                || changes == null) {
            throw new IllegalArgumentException("a CRM event has all of its parts");
        }
    }

    /** The event's type in its body, e.g. {@code crm.contact.created} (tenant-free, as identity's types are). */
    public String type() {
        return "crm." + subjectType + "." + event;
    }

    /** The routing key on {@code crm.events}: {@code crm.{tenantId}.{subject_type}.{event}}. */
    public String routingKey(String tenantId) {
        return "crm." + tenantId + "." + subjectType + "." + event;
    }
}
