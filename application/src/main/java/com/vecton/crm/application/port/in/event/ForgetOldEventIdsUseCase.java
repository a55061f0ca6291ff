package com.vecton.crm.application.port.in.event;

/**
 * Forget the ids of identity events handled longer ago than a redelivery could come, so that the
 * record that makes handling idempotent stays small. A periodic job; any replica may run it.
 */
public interface ForgetOldEventIdsUseCase {

    /** Forgets what is old enough, in batches; the number of ids forgotten. */
    int forgetOldEventIds();
}
