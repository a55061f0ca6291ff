package com.vecton.crm.domain.idempotency;

import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.TokenType;
import java.util.Locale;

/**
 * Whose keys these are: a key is unique per scope only, so two callers who happen to send the
 * same key string never see each other's answers. The scope is the caller as the audit trail
 * names them: a user ({@code user:u-1001}), a service account ({@code service_account:sa-sync}),
 * or a user acted for by an administrator ({@code user:u-1001 impersonated_by:u-admin}), which is
 * another scope than the user's own, as it is another actor.
 */
public record IdempotencyScope(String value) {
    public IdempotencyScope {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an idempotency scope names a caller");
        }
    }

    public static IdempotencyScope of(Caller caller) {
        String who = kind(caller.tokenType()) + ":" + caller.id().value();
        return new IdempotencyScope(caller.impersonator()
                .map(admin -> who + " impersonated_by:" + admin.value())
                .orElse(who));
    }

    private static String kind(TokenType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
