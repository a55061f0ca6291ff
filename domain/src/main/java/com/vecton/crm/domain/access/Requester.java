package com.vecton.crm.domain.access;

import com.vecton.crm.domain.audit.Actor;

/**
 * Who asks for something, with the token the gate checked, the permission of the route it came
 * through and the condition they ask on: what a use case needs to run the full check of
 * identity.md section 4 on the record it loaded (the route's gate could only check the action,
 * with conditions on {@code resource.*} provisionally let through), and then the requester's
 * {@link Precondition} on the record as locked. The token is never logged ({@link BearerToken#toString()}).
 */
public record Requester(Caller caller, BearerToken token, Permission permission, Precondition precondition) {
    public Requester {
        if (caller == null || token == null || permission == null || precondition == null) {
            throw new IllegalArgumentException("a requester has a caller, a token, a permission and a precondition");
        }
    }

    /** A requester who asks on no condition (everything that is not an HTTP request with {@code If-Match}). */
    public Requester(Caller caller, BearerToken token, Permission permission) {
        this(caller, token, permission, Precondition.NONE);
    }

    /** The same requester, for a permission a handler checks besides the route's own (such as a manage right). */
    public Requester asking(Permission other) {
        return new Requester(caller, token, other, precondition);
    }

    public UserId userId() {
        return caller.id();
    }

    /** Who the audit trail names: the user, and the administrator acting as them if any. */
    public Actor actor() {
        return caller.asActor();
    }
}
