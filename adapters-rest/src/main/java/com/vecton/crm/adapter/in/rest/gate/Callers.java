package com.vecton.crm.adapter.in.rest.gate;

import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Hands the caller the gate identified to the resource method, through a request property; a
 * resource takes {@code @Context ContainerRequestContext} and calls {@link #of}.
 */
public final class Callers {
    static final String PROPERTY = "com.vecton.crm.caller";
    static final String TOKEN_PROPERTY = "com.vecton.crm.bearer-token";

    private Callers() {
    }

    /** @throws IllegalStateException when the route was not guarded, which is a programming error (500) */
    public static Caller of(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("no caller on this request: the route is not guarded by the gate");
    }

    /**
     * The bearer token the gate checked, for a handler that re-runs the check on a loaded resource.
     *
     * @throws IllegalStateException when the route was not guarded, which is a programming error (500)
     */
    public static BearerToken tokenOf(ContainerRequestContext request) {
        if (request.getProperty(TOKEN_PROPERTY) instanceof BearerToken token) {
            return token;
        }
        throw new IllegalStateException("no bearer token on this request: the route is not guarded by the gate");
    }
}
