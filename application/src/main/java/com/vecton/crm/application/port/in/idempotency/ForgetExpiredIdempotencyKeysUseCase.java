package com.vecton.crm.application.port.in.idempotency;

/**
 * Forget the idempotency keys older than their retention, whose answers are no longer replayed,
 * so that the record stays small. A periodic job; any replica may run it.
 */
public interface ForgetExpiredIdempotencyKeysUseCase {

    /** Forgets what has expired, in batches; the number of keys forgotten. */
    int forgetExpiredKeys();
}
