package com.vecton.crm.application.port.in.event;

import com.vecton.crm.domain.event.IdentityEvent;

/**
 * Drop what this process has cached about the identity an event changed, so that its next
 * decision asks identity again: a tenant's policies on {@code policy.updated}, a user's cached
 * tokens and policies when the user is updated, removed from the tenant or scheduled for
 * deletion. Every replica runs it for every such event (the shared queue delivers each event to
 * one replica only). Touches no database; running it twice is harmless.
 */
public interface ForgetCachedIdentityUseCase {

    void forget(IdentityEvent event);
}
