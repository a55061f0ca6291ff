package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.application.port.in.access.AuthenticateCallerUseCase;
import com.vecton.crm.application.port.in.access.AuthorizeActionUseCase;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.Scopes;
import com.vecton.crm.domain.access.TokenType;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.problem.Unauthenticated;
import com.vecton.crm.domain.problem.Unavailable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Identity and the gate in memory: a handful of tokens, each standing for one outcome of
 * identity.md sections 1 and 4. Records what it was asked, so tests can check what the gate sent.
 */
public final class FakeAccess implements AuthenticateCallerUseCase, AuthorizeActionUseCase {
    /** May do everything. */
    public static final String ADMIN = "admin-token";
    /** May list and view only. */
    public static final String READER = "reader-token";
    /** Acts as "u-reader" on behalf of administrator "u-admin"; may do everything. */
    public static final String IMPERSONATED = "impersonated-token";

    public static final String OUTSIDER = "outsider-token";
    public static final String OUT_OF_SCOPE = "scoped-robot-token";
    public static final String NO_POLICIES = "no-policies-token";
    public static final String LEGACY = "legacy-token";
    /** Identity is down while authenticating. */
    public static final String IDENTITY_DOWN = "identity-down-token";
    /** Identity answers who, but the policies cannot be fetched. */
    public static final String POLICIES_DOWN = "policies-down-token";

    public final List<Optional<BearerToken>> authenticated = new CopyOnWriteArrayList<>();
    public final List<String> authorized = new CopyOnWriteArrayList<>();

    @Override
    public Caller authenticate(Optional<BearerToken> token) {
        authenticated.add(token);
        String value = token.map(BearerToken::value)
                .orElseThrow(() -> new Unauthenticated(Unauthenticated.TOKEN_MISSING, "A bearer token is required."));
        return switch (value) {
            case ADMIN, OUTSIDER, OUT_OF_SCOPE, NO_POLICIES, POLICIES_DOWN -> caller("u-" + value.split("-")[0], null);
            case READER -> caller("u-reader", null);
            case IMPERSONATED -> caller("u-reader", "u-admin");
            case LEGACY -> throw new Unauthenticated(Unauthenticated.TOKEN_SHAPE_LEGACY, "Sign in again.");
            case IDENTITY_DOWN ->
                throw new Unavailable("identity_unavailable", "Identity is unavailable.", Duration.ofMillis(2_500));
            default -> throw new Unauthenticated(Unauthenticated.TOKEN_INVALID, "The token is not valid.");
        };
    }

    @Override
    public void authorize(Caller caller, BearerToken token, Permission permission, ResourceName resource) {
        authorized.add(permission.value() + " " + resource.value());
        switch (token.value()) {
            case ADMIN, IMPERSONATED -> {}
            case READER -> {
                if (!permission.value().endsWith(".list") && !permission.value().endsWith(".view")) {
                    throw new Forbidden("permission_denied", "You may not do this.");
                }
            }
            case OUTSIDER -> throw new Forbidden("tenant_not_a_member", "You are not a member of this tenant.");
            case OUT_OF_SCOPE -> throw new Forbidden("service_account_scope_denied", "Out of this token's scopes.");
            case NO_POLICIES -> throw new Forbidden("no_policies", "You have no policies here.");
            case POLICIES_DOWN -> throw new Unavailable("identity_unavailable", "Policies are unavailable.", null);
            default -> throw new AssertionError("authorize called for a token authenticate refuses");
        }
    }

    private static Caller caller(String id, String impersonator) {
        return new Caller(
                new UserId(id),
                id,
                id + "@example.test",
                "en",
                "UTC",
                false,
                Set.of("t-acme"),
                TokenType.USER,
                Scopes.unrestricted(),
                impersonator == null ? null : new UserId(impersonator),
                null,
                false);
    }
}
