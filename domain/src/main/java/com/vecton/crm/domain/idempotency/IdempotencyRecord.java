package com.vecton.crm.domain.idempotency;

import java.time.Instant;

/** One use of a key: the request it came with and the answer it got, kept for a day from {@code createdAt}. */
public record IdempotencyRecord(IdempotentRequest request, StoredResponse response, Instant createdAt) {
    public IdempotencyRecord {
        if (request == null || response == null || createdAt == null) {
            throw new IllegalArgumentException("an idempotency record has a request, a response and a time");
        }
        if (!response.isSuccess()) {
            throw new IllegalArgumentException("only a successful answer is kept for replay");
        }
    }

    /** Whether a retry carrying {@code other} asks for what this key was used for. */
    public boolean answers(IdempotentRequest other) {
        return request.scope().equals(other.scope())
                && request.key().equals(other.key())
                && request.fingerprint().equals(other.fingerprint());
    }
}
