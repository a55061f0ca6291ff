package com.vecton.crm.adapter.in.rest.gate;

import com.vecton.crm.domain.access.Caller;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Hands the caller the gate identified to the resource method, through a request property; a
 * resource takes {@code @Context ContainerRequestContext} and calls {@link #of}.
 */
public final class Callers {
    static final String PROPERTY = "com.vecton.crm.caller";

    private Callers() {
    }

    /** @throws IllegalStateException when the route was not guarded, which is a programming error (500) */
    public static Caller of(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("no caller on this request: the route is not guarded by the gate");
    }
}
