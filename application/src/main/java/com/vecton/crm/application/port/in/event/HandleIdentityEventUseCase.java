package com.vecton.crm.application.port.in.event;

import com.vecton.crm.domain.event.IdentityEvent;

/**
 * React to one identity event taken from the tenant's shared queue (identity.md section 5): the
 * contract table's change to this tenant's data, applied at most once per event id, together
 * with its activity-log row, in one transaction. Returns normally once the outcome is durable, so
 * the caller may acknowledge the message; throws when it is not (the message must be redelivered).
 */
public interface HandleIdentityEventUseCase {

    Outcome handle(IdentityEvent event);

    /** What handling did. */
    enum Outcome {
        /** The change was made (or, for {@code member_added} and {@code policy.updated}, logged). */
        APPLIED,
        /** The event id was handled before; nothing changed. */
        DUPLICATE,
        /** The event is about another tenant; nothing changed and nothing was recorded. */
        OTHER_TENANT
    }
}
