package com.vecton.crm.adapter.in.rest.gate;

import com.vecton.crm.adapter.in.rest.item.EntityTagList;
import com.vecton.crm.application.port.in.access.AuthenticateCallerUseCase;
import com.vecton.crm.application.port.in.access.AuthorizeActionUseCase;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.problem.Unauthenticated;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * The gate of one guarded route (identity.md sections 1 and 4): who is calling, then may they do
 * this here. Runs after matching, before the body is read, so a refused caller costs no parsing.
 */
final class GateFilter implements ContainerRequestFilter {
    private final AuthenticateCallerUseCase authenticate;
    private final AuthorizeActionUseCase authorize;
    private final Route route;
    private final Permission permission;
    private final String resourceType;

    GateFilter(AuthenticateCallerUseCase authenticate, AuthorizeActionUseCase authorize, Route route) {
        this.authenticate = authenticate;
        this.authorize = authorize;
        this.route = route;
        this.permission = route.permission().orElseThrow();
        this.resourceType = route.resourceType().orElseThrow();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<BearerToken> token =
                BearerToken.fromAuthorizationHeader(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        Caller caller = authenticate.authenticate(token);
        // The use case refuses an absent token; this only keeps a misbehaving one from opening the gate.
        BearerToken bearer = token.orElseThrow(() -> new Unauthenticated(
                Unauthenticated.TOKEN_MISSING, "A bearer token is required in the Authorization header."));
        // An id that cannot exist is a 404 for an identified caller, and is never put into a resource name.
        ResourceName resource = route.isItemRoute()
                ? ResourceName.item(
                        resourceType,
                        PathId.parse(request.getUriInfo().getPathParameters().getFirst(PathId.NAME)))
                : ResourceName.collection(resourceType);
        authorize.authorize(caller, bearer, permission, resource);
        // After the token and the permission, as every other input: a refused caller learns nothing of it.
        var precondition = EntityTagList.ifMatch(request.getHeaderString(HttpHeaders.IF_MATCH));
        request.setProperty(Callers.PROPERTY, caller);
        // For the use case's checks on the record it loads and locks; a request property is never logged.
        request.setProperty(Callers.REQUESTER_PROPERTY, new Requester(caller, bearer, permission, precondition));
    }
}
