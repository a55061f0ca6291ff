package com.vecton.crm.application.service.access;

import com.vecton.crm.application.port.in.access.AuthorizeActionUseCase;
import com.vecton.crm.application.port.in.access.AuthorizeOnResourceUseCase;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.IdentityDirectory;
import com.vecton.crm.domain.access.AccessGate;
import com.vecton.crm.domain.access.AccessRequest;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.PermissionNamespace;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.Visibility;
import java.util.Set;

/**
 * Runs the gate, the domain's {@link AccessGate} fed with identity's (cached) policies: at the route,
 * without a loaded resource, and again in the use case on the loaded resource's attributes.
 */
public final class AuthorizeActionService implements AuthorizeActionUseCase, AuthorizeOnResourceUseCase {
    private final IdentityDirectory identity;
    private final AccessGate gate;
    private final PermissionNamespace namespace;
    private final Clock clock;

    public AuthorizeActionService(
            IdentityDirectory identity, AccessGate gate, PermissionNamespace namespace, Clock clock) {
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

    @Override
    public void authorize(Requester who, ResourceName resource, ResourceAttributes attributes) {
        if (attributes == null) {
            throw new IllegalArgumentException("the check on a loaded resource needs its attributes");
        }
        var request =
                new AccessRequest(who.caller(), namespace.qualify(who.permission()), resource, attributes, clock.now());
        gate.enforce(request, () -> identity.policiesFor(who.caller(), who.token()));
    }

    @Override
    public Visibility visibility(Requester who, ResourceName resource, ResourceAttributes shared, Set<String> perItem) {
        var request =
                new AccessRequest(who.caller(), namespace.qualify(who.permission()), resource, shared, clock.now());
        return gate.visibility(request, () -> identity.policiesFor(who.caller(), who.token()), perItem);
    }

    @Override
    public Visibility visibilityOfItems(Requester who, String type, ResourceAttributes shared, Set<String> perItem) {
        var request = new AccessRequest(
                who.caller(), namespace.qualify(who.permission()), ResourceName.collection(type), shared, clock.now());
        return gate.visibilityOfItems(request, () -> identity.policiesFor(who.caller(), who.token()), perItem);
    }
}
