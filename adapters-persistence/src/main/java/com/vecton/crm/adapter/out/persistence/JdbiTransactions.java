package com.vecton.crm.adapter.out.persistence;

import com.vecton.crm.application.port.out.Transactions;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions on Jdbi's handle scope: {@link Jdbi#inTransaction} binds its handle to the current
 * thread for the duration of the work, and every repository of this adapter reaches the database
 * through {@link Jdbi#withHandle} or an {@code onDemand} SqlObject, which reuse the thread's bound
 * handle. So repositories called inside the work run in its transaction; outside, each call
 * borrows its own short-lived handle. A nested {@code inTransaction} finds the bound handle
 * already in a transaction and joins it ({@code Handle.inTransaction} runs the work directly).
 * Anything thrown by the work rolls back and propagates as the very same exception.
 *
 * <p>The scope is per thread, so work must not hand repository calls to other threads and
 * expect them to join.
 */
public final class JdbiTransactions implements Transactions {
    private final Jdbi jdbi;

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }
}
