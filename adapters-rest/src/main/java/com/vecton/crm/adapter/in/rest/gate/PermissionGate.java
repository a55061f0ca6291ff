package com.vecton.crm.adapter.in.rest.gate;

import com.vecton.crm.application.port.in.access.AuthenticateCallerUseCase;
import com.vecton.crm.application.port.in.access.AuthorizeActionUseCase;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;

/**
 * Puts a {@link GateFilter} in front of every guarded resource method, configured from the
 * method's own annotations. A method of ours with no declared access gets a filter that always
 * fails (500): closed, not open, should the registry check ever be bypassed.
 */
public final class PermissionGate implements DynamicFeature {
    private final AuthenticateCallerUseCase authenticate;
    private final AuthorizeActionUseCase authorize;

    public PermissionGate(AuthenticateCallerUseCase authenticate, AuthorizeActionUseCase authorize) {
        if (authenticate == null || authorize == null) {
            throw new IllegalArgumentException("the gate needs both access use cases");
        }
        this.authenticate = authenticate;
        this.authorize = authorize;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Class<?> type = resourceInfo.getResourceClass();
        Method method = resourceInfo.getResourceMethod();
        // Jersey's own handlers (the generated OPTIONS answer) are not routes of ours.
        if (type == null
                || method == null
                || !type.isAnnotationPresent(jakarta.ws.rs.Path.class)
                || RouteRegistry.httpMethodOf(method).isEmpty()) {
            return;
        }
        Route route;
        try {
            route = RouteRegistry.routeOf(type, method);
        } catch (IllegalStateException undeclared) {
            context.register(new AlwaysFails(undeclared.getMessage()), Priorities.AUTHENTICATION);
            return;
        }
        if (!route.isPublic()) {
            context.register(new GateFilter(authenticate, authorize, route), Priorities.AUTHENTICATION);
        }
    }

    private record AlwaysFails(String reason) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            throw new IllegalStateException(reason);
        }
    }
}
