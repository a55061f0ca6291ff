package com.vecton.crm.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction, so that a use case that writes twice (the change and
 * its audit row) commits once. Repositories called inside join the transaction. A
 * {@link RuntimeException} thrown by the work rolls everything back and propagates unchanged.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
