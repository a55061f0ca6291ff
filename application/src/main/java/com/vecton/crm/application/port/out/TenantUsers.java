package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.UserId;
import java.util.Optional;

/** The local mirror of identity's users ({@code tenant_users}), which CRM rows refer to. */
public interface TenantUsers {

    /** Creates the caller's mirror row if there is none yet; never overwrites an existing one. Safe under races. */
    void ensureMirrored(Caller caller);

    /**
     * Whether the user is known here and active. Inside a transaction the answer holds until it
     * ends (a shared lock), so a user cannot be deactivated while being made an owner or member.
     */
    boolean isActive(UserId user);

    /**
     * Marks the user inactive (identity removed them from the tenant or will delete them).
     * Returns whether a row changed: {@code false} when the user is unknown here or already inactive.
     */
    boolean deactivate(UserId user);

    /**
     * Mirrors identity's profile of a user known here; a user not mirrored yet is left alone (the
     * row is made on their first call). Returns the profile as it was, or empty when the user is unknown.
     */
    Optional<UserProfile> mirrorProfile(UserId user, UserProfile profile);

    /** The profile fields identity owns; any may be absent. */
    record UserProfile(String name, String email, String locale, String timezone) {}
}
