package com.vecton.crm.domain.event;

import com.vecton.crm.domain.access.UserId;

/**
 * What an identity event says happened (identity.md section 5), one record per event type. The
 * routing key of each type is {@link #type()}; the CRM's reaction is the contract table's row.
 */
public sealed interface IdentityChange {

    /** The event type, which is also its routing key on {@code vecton.events}. */
    String type();

    /** The tenant the change is about, or {@code null} for a change to a user, which concerns every tenant. */
    default String tenantId() {
        return null;
    }

    /** The user the change is about, or {@code null} (a policy update concerns a whole tenant). */
    UserId userId();

    /** The user will be deleted: unassign them from every task and deactivate their mirror row. */
    record UserScheduledForDeletion(UserId userId) implements IdentityChange {
        public static final String TYPE = "identity.user.scheduled_for_deletion";

        public UserScheduledForDeletion {
            requireUser(userId);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The user's profile changed: mirror it. Any of the four fields may be absent (null). */
    record UserUpdated(UserId userId, String name, String email, String locale, String timezone)
            implements IdentityChange {
        public static final String TYPE = "identity.user.updated";

        public UserUpdated {
            requireUser(userId);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The user joined a tenant; logged only (the mirror row is made on the user's first call). */
    record MemberAdded(String tenantId, UserId userId) implements IdentityChange {
        public static final String TYPE = "identity.tenant.member_added";

        public MemberAdded {
            requireTenant(tenantId);
            requireUser(userId);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The user left a tenant: deactivate their mirror row. */
    record MemberRemoved(String tenantId, UserId userId) implements IdentityChange {
        public static final String TYPE = "identity.tenant.member_removed";

        public MemberRemoved {
            requireTenant(tenantId);
            requireUser(userId);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A tenant's policies changed: every replica drops every cached policy of that tenant. */
    record PolicyUpdated(String tenantId) implements IdentityChange {
        public static final String TYPE = "identity.policy.updated";

        public PolicyUpdated {
            requireTenant(tenantId);
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public UserId userId() {
            return null;
        }
    }

    /** The five routing keys the CRM binds, in the contract's order. */
    static java.util.List<String> types() {
        return java.util.List.of(
                UserScheduledForDeletion.TYPE,
                UserUpdated.TYPE,
                MemberAdded.TYPE,
                MemberRemoved.TYPE,
                PolicyUpdated.TYPE);
    }

    private static void requireUser(UserId userId) {
        if (userId == null) {
            throw new IllegalArgumentException("this identity event names a user");
        }
    }

    private static void requireTenant(String tenantId) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("this identity event names a tenant");
        }
    }
}
