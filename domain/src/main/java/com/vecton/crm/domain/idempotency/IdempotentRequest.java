package com.vecton.crm.domain.idempotency;

/** A request that carries an idempotency key: whose key it is, the key, and what the request was. */
public record IdempotentRequest(IdempotencyScope scope, IdempotencyKey key, RequestFingerprint fingerprint) {
    public IdempotentRequest {
        if (scope == null || key == null || fingerprint == null) {
            throw new IllegalArgumentException("an idempotent request has a scope, a key and a fingerprint");
        }
    }
}
