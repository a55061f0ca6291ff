package com.vecton.crm.application.port.in.file;

/** Removes stored contents that nothing refers to any more, and what crashed uploads left staged. */
public interface CleanUpBlobsUseCase {

    /** One round; how many contents it removed. Safe to run on every replica at once. */
    int cleanUp();
}
