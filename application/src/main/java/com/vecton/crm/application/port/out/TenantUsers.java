package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Caller;

/** The local mirror of identity's users ({@code tenant_users}), which CRM rows refer to. */
public interface TenantUsers {

    /** Creates the caller's mirror row if there is none yet; never overwrites an existing one. Safe under races. */
    void ensureMirrored(Caller caller);
}
