package com.vecton.crm.application.port.in.sync;

/**
 * Forget the tombstones of records deleted for good longer ago than any good sync cursor reaches
 * back, so that the table of them stays small. A periodic job; any replica may run it.
 */
public interface ForgetOldTombstonesUseCase {

    /** Forgets what is old enough, in batches; the number of tombstones forgotten. */
    int forgetOldTombstones();
}
