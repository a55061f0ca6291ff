package com.vecton.crm.domain.event;

import java.time.Instant;

/**
 * One message from identity (identity.md section 5): its id, which makes handling idempotent,
 * when it happened, and what changed.
 *
 * @param id         identity's event id (a UUID in practice; kept as text, 1-200 characters)
 * @param occurredAt when identity says it happened
 * @param tenantId   the envelope's tenant, or {@code null} for an event about a user
 */
public record IdentityEvent(String id, Instant occurredAt, String tenantId, IdentityChange change) {
    public static final int ID_MAX_LENGTH = 200;

    public IdentityEvent {
        if (id == null || id.isBlank() || id.length() > ID_MAX_LENGTH) {
            throw new IllegalArgumentException("an identity event has an id of 1-200 characters");
        }
        if (occurredAt == null || change == null) {
            throw new IllegalArgumentException("an identity event has a time and a change");
        }
    }

    public String type() {
        return change.type();
    }

    /**
     * Whether the event concerns the tenant this process serves: a change naming a tenant (in its
     * data, else on the envelope) concerns that tenant only; a change about a user, with no tenant,
     * concerns every tenant that knows the user.
     */
    public boolean concerns(String servedTenantId) {
        String tenant = change.tenantId() != null ? change.tenantId() : tenantId;
        return tenant == null || tenant.equals(servedTenantId);
    }
}
