package com.vecton.crm.adapter.out.persistence.testing;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.IdentityDirectory;
import com.vecton.crm.application.service.access.AuthorizeActionService;
import com.vecton.crm.application.service.audit.AuditTrail;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.domain.access.AccessGate;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.PermissionNamespace;
import com.vecton.crm.domain.access.Policy;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.Scopes;
import com.vecton.crm.domain.access.TokenType;
import com.vecton.crm.domain.access.UserId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The use cases' kit on a real database, with the real gate (the domain's {@code AccessGate})
 * behind the policy check, and requesters for it: an administrator (whom the gate lets do
 * anything, without policies) or a member whose policies a test sets ({@link #policies}).
 */
public final class UseCaseKits {
    public static final String TENANT_ID = "t-test";
    /** The FQN prefix of this tenant's permissions, for policies: {@code tenant.test.crm.}. */
    public static final String FQN_PREFIX = "tenant.test.crm.";

    private static final Map<UserId, List<Policy>> POLICIES = new ConcurrentHashMap<>();
    private static final IdentityDirectory IDENTITY = new IdentityDirectory() {
        @Override
        public Caller identify(BearerToken token) {
            throw new UnsupportedOperationException("requesters here are made, not identified");
        }

        @Override
        public List<Policy> policiesFor(Caller caller, BearerToken token) {
            return POLICIES.getOrDefault(caller.id(), List.of());
        }
    };

    private UseCaseKits() {}

    /** On the system clock. */
    public static UseCaseKit on(Persistence db) {
        return on(db, Clock.system());
    }

    public static UseCaseKit on(Persistence db, Clock clock) {
        var gate = new AuthorizeActionService(
                IDENTITY, new AccessGate(TENANT_ID), new PermissionNamespace("test", "crm"), clock);
        return new UseCaseKit(db.transactions(), new AuditTrail(db.activityLog()), clock, gate);
    }

    /** Sets a member's policies, as identity would answer them (until set again). */
    public static void policies(UserId member, List<Policy> policies) {
        POLICIES.put(member, List.copyOf(policies));
    }

    /** A system administrator: the gate allows them everything without a policy. */
    public static Requester admin(UserId id) {
        return new Requester(caller(id, true), new BearerToken("admin-" + id.value()), new Permission("test.anything"));
    }

    /** A member of the tenant asking under {@code permission} (short form, such as {@code tasks.update}). */
    public static Requester member(UserId id, String permission) {
        return new Requester(caller(id, false), new BearerToken("member-" + id.value()), new Permission(permission));
    }

    private static Caller caller(UserId id, boolean admin) {
        return new Caller(
                id,
                id.value(),
                id.value() + "@acme.test",
                "en",
                "UTC",
                admin,
                Set.of(TENANT_ID),
                TokenType.USER,
                Scopes.unrestricted(),
                null,
                null,
                false);
    }
}
