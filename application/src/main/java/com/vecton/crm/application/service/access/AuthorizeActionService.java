package com.vecton.crm.application.service.access;

import com.vecton.crm.application.port.in.access.AuthorizeActionUseCase;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.IdentityDirectory;
import com.vecton.crm.domain.access.AccessGate;
import com.vecton.crm.domain.access.AccessRequest;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.PermissionNamespace;
import com.vecton.crm.domain.access.ResourceName;

/** Runs the route-level gate: the domain's {@link AccessGate} fed with identity's policies. */
public final class AuthorizeActionService implements AuthorizeActionUseCase {
    private final IdentityDirectory identity;
    private final AccessGate gate;
    private final PermissionNamespace namespace;
    private final Clock clock;

    public AuthorizeActionService(IdentityDirectory identity, AccessGate gate, PermissionNamespace namespace,
                                  Clock clock) {
        this.identity = identity;
        this.gate = gate;
        this.namespace = namespace;
        this.clock = clock;
    }

    @Override
    public void authorize(Caller caller, BearerToken token, Permission permission, ResourceName resource) {
        var request = new AccessRequest(caller, namespace.qualify(permission), resource, null, clock.now());
        gate.enforce(request, () -> identity.policiesFor(caller, token));
    }
}
