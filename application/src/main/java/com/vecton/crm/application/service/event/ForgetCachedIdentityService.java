package com.vecton.crm.application.service.event;

import com.vecton.crm.application.port.in.event.ForgetCachedIdentityUseCase;
import com.vecton.crm.application.port.out.IdentityCache;
import com.vecton.crm.domain.event.IdentityChange.MemberAdded;
import com.vecton.crm.domain.event.IdentityChange.MemberRemoved;
import com.vecton.crm.domain.event.IdentityChange.PolicyUpdated;
import com.vecton.crm.domain.event.IdentityChange.UserScheduledForDeletion;
import com.vecton.crm.domain.event.IdentityChange.UserUpdated;
import com.vecton.crm.domain.event.IdentityEvent;
import java.util.Objects;

/**
 * Drops what this replica cached about an identity that an event of this tenant changed: the
 * tenant's policies, or one user's tokens and policies. Events of other tenants leave the cache
 * alone, and so does {@code member_added}, as the contract's table says: a cached answer from
 * before the user joined lacks the tenant for at most the user cache's 60 seconds.
 */
public final class ForgetCachedIdentityService implements ForgetCachedIdentityUseCase {
    private final String tenantId;
    private final IdentityCache cache;

    public ForgetCachedIdentityService(String tenantId, IdentityCache cache) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("the served tenant id is required");
        }
        this.tenantId = tenantId;
        this.cache = Objects.requireNonNull(cache);
    }

    @Override
    public void forget(IdentityEvent event) {
        if (!event.concerns(tenantId)) {
            return;
        }
        switch (event.change()) {
            case PolicyUpdated ignored -> cache.forgetPoliciesOfTenant(tenantId);
            case UserUpdated update -> cache.forgetUser(update.userId());
            case MemberRemoved removal -> cache.forgetUser(removal.userId());
            case UserScheduledForDeletion deletion -> cache.forgetUser(deletion.userId());
            case MemberAdded ignored -> {}
        }
    }
}
