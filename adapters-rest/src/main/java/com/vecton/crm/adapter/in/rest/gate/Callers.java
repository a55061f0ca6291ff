package com.vecton.crm.adapter.in.rest.gate;

import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Requester;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * Hands what the gate established to the resource method, through request properties; a resource
 * takes {@code @Context ContainerRequestContext} and calls {@link #of} or {@link #requester}.
 */
public final class Callers {
    static final String PROPERTY = "com.vecton.crm.caller";
    static final String REQUESTER_PROPERTY = "com.vecton.crm.requester";

    private Callers() {}

    /** @throws IllegalStateException when the route was not guarded, which is a programming error (500) */
    public static Caller of(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("no caller on this request: the route is not guarded by the gate");
    }

    /** The caller, when the gate let the request through; none on a public route. */
    public static Optional<Caller> find(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }

    /**
     * The caller with the token the gate checked and the route's permission: what a use case
     * needs to check the caller's policies on the record it loads.
     *
     * @throws IllegalStateException when the route was not guarded, which is a programming error (500)
     */
    public static Requester requester(ContainerRequestContext request) {
        if (request.getProperty(REQUESTER_PROPERTY) instanceof Requester requester) {
            return requester;
        }
        throw new IllegalStateException("no requester on this request: the route is not guarded by the gate");
    }
}
