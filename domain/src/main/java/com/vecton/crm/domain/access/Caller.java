package com.vecton.crm.domain.access;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as identity described them (identity.md section 1). Immutable and safe to
 * cache; it holds no token.
 *
 * @param legacyShape identity answered with the pre-2026 body ({@code tenant_id}, no {@code tenants})
 * @param expiresAt   when the token expires, or {@code null} when identity did not say
 */
public record Caller(
        UserId id,
        String name,
        String email,
        String locale,
        String timezone,
        boolean systemAdmin,
        Set<String> tenantIds,
        TokenType tokenType,
        Scopes scopes,
        UserId impersonatorId,
        Instant expiresAt,
        boolean legacyShape) {

    public Caller {
        if (id == null || tokenType == null || scopes == null) {
            throw new IllegalArgumentException("a caller has an id, a token type and scopes");
        }
        tenantIds = Set.copyOf(tenantIds);
    }

    public boolean isMemberOf(String tenantId) {
        return tenantIds.contains(tenantId);
    }

    public Optional<UserId> impersonator() {
        return Optional.ofNullable(impersonatorId);
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    /** The audit actor for this caller: the user, and the administrator acting as them if any. */
    public com.vecton.crm.domain.audit.Actor asActor() {
        return new com.vecton.crm.domain.audit.Actor(id, impersonatorId);
    }
}
