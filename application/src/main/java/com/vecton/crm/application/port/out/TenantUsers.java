package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.UserId;

/** The local mirror of identity's users ({@code tenant_users}), which CRM rows refer to. */
public interface TenantUsers {

    /** Creates the caller's mirror row if there is none yet; never overwrites an existing one. Safe under races. */
    void ensureMirrored(Caller caller);

    /**
     * Whether the user is known here and active. Inside a transaction the answer holds until it
     * ends (a shared lock), so a user cannot be deactivated while being made an owner or member.
     */
    boolean isActive(UserId user);
}
