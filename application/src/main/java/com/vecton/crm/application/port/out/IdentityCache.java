package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.UserId;

/** This process's cache of identity's answers, which identity's events make stale. */
public interface IdentityCache {

    /** Drops every cached policy list of the tenant. */
    void forgetPoliciesOfTenant(String tenantId);

    /** Drops the user's cached tokens and policies. */
    void forgetUser(UserId userId);

    /** For a directory that caches nothing (the static identity file). */
    IdentityCache NONE = new IdentityCache() {
        @Override
        public void forgetPoliciesOfTenant(String tenantId) {}

        @Override
        public void forgetUser(UserId userId) {}
    };
}
