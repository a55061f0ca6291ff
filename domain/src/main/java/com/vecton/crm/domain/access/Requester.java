package com.vecton.crm.domain.access;

import com.vecton.crm.domain.audit.Actor;

/**
 * Who asks for something, with the token the gate checked and the permission of the route it came
 * through: what a use case needs to run the full check of identity.md section 4 on the record it
 * loaded (the route's gate could only check the action, with conditions on {@code resource.*}
 * provisionally let through). The token is never logged ({@link BearerToken#toString()}).
 */
public record Requester(Caller caller, BearerToken token, Permission permission) {
    public Requester {
        if (caller == null || token == null || permission == null) {
            throw new IllegalArgumentException("a requester has a caller, a token and a permission");
        }
    }

    /** The same requester, for a permission a handler checks besides the route's own (such as a manage right). */
    public Requester asking(Permission other) {
        return new Requester(caller, token, other);
    }

    public UserId userId() {
        return caller.id();
    }

    /** Who the audit trail names: the user, and the administrator acting as them if any. */
    public Actor actor() {
        return caller.asActor();
    }
}
