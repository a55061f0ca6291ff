package com.vecton.crm.application.service.access;

import com.vecton.crm.application.port.in.access.AuthenticateCallerUseCase;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.IdentityDirectory;
import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.Unauthenticated;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Identifies the caller and applies the token rules that are ours, not identity's: expiry and
 * the legacy-shape cutoff. Mirrors each user into {@code tenant_users} on first sight.
 */
public final class AuthenticateCallerService implements AuthenticateCallerUseCase {
    private final IdentityDirectory identity;
    private final TenantUsers tenantUsers;
    private final Clock clock;
    private final Instant legacyTokenCutoff;
    /**
     * Users already mirrored by this process. Only an optimisation that spares a write per
     * request: the mirror insert itself is idempotent, so replicas need not share this.
     */
    private final Set<UserId> mirrored = ConcurrentHashMap.newKeySet();

    public AuthenticateCallerService(
            IdentityDirectory identity, TenantUsers tenantUsers, Clock clock, Instant legacyTokenCutoff) {
        this.identity = identity;
        this.tenantUsers = tenantUsers;
        this.clock = clock;
        this.legacyTokenCutoff = legacyTokenCutoff;
    }

    @Override
    public Caller authenticate(Optional<BearerToken> token) {
        BearerToken bearer = token.orElseThrow(() -> new Unauthenticated(
                Unauthenticated.TOKEN_MISSING, "A bearer token is required in the Authorization header."));
        Caller caller = identity.identify(bearer);
        Instant now = clock.now();
        if (caller.isExpiredAt(now)) {
            throw new Unauthenticated(Unauthenticated.TOKEN_INVALID, "The token has expired.");
        }
        if (caller.legacyShape() && !now.isBefore(legacyTokenCutoff)) {
            throw new Unauthenticated(
                    Unauthenticated.TOKEN_SHAPE_LEGACY,
                    "This token has the legacy shape, which is no longer accepted; sign in again.");
        }
        if (!mirrored.contains(caller.id())) {
            tenantUsers.ensureMirrored(caller);
            mirrored.add(caller.id());
        }
        return caller;
    }
}
