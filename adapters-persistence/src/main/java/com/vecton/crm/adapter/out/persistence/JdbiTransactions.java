package com.vecton.crm.adapter.out.persistence;

import com.vecton.crm.application.port.out.Transactions;
import com.vecton.crm.domain.problem.Unavailable;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions on Jdbi's handle scope: {@link Jdbi#inTransaction} binds its handle to the current
 * thread for the duration of the work, and every repository of this adapter reaches the database
 * through {@link Jdbi#withHandle} or {@link Jdbi#useHandle} (see {@link JdbiStore}), which reuse the
 * thread's bound handle. So repositories called inside the work run in its transaction; outside, each call
 * borrows its own short-lived handle. A nested {@code inTransaction} finds the bound handle
 * already in a transaction and joins it ({@code Handle.inTransaction} runs the work directly).
 * Anything thrown by the work rolls back and propagates as the very same exception.
 *
 * <p>A transaction that Postgres aborted as a deadlock victim ({@code 40P01}) or for a
 * serialization failure ({@code 40001}) did nothing, and running it again is what Postgres asks
 * for: the outermost transaction is re-run, up to {@value #ATTEMPTS} times in all, after a short
 * random pause. Each use case takes its locks in one documented order, but two orders meet where
 * work crosses aggregates (an identity event unassigning a user while a task edit assigns them),
 * and a rare deadlock there must not become a 500. If every attempt fails the caller gets
 * {@code 503 transaction_conflict} with a {@code Retry-After}, never a stack trace. The work must
 * therefore have no effects outside the database before it returns, which is true of every use
 * case (after-commit callbacks run only for the attempt that committed).
 *
 * <p>A transaction that lost its connection is not re-run, even when the loss looks harmless:
 * lost during {@code COMMIT}, the work may have committed, and running a create again would
 * store it twice. The failure leaves as it came, and the guard that {@link Persistence} puts on
 * this port ({@link DatabaseFailures}) answers it as {@code 503 database_unavailable}.
 *
 * <p>The scope is per thread, so work must not hand repository calls to other threads and
 * expect them to join.
 */
public final class JdbiTransactions implements Transactions {
    static final int ATTEMPTS = 4;
    /** deadlock_detected, serialization_failure. */
    private static final Set<String> RETRYABLE = Set.of("40P01", "40001");

    private final Jdbi jdbi;
    /** Whether this thread is inside a transaction already: only the outermost one is re-run. */
    private final ThreadLocal<Boolean> running = ThreadLocal.withInitial(() -> false);

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (running.get()) {
            return jdbi.inTransaction(handle -> work.get());
        }
        running.set(true);
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return jdbi.inTransaction(handle -> work.get());
                } catch (RuntimeException e) {
                    if (!isRetryable(e)) {
                        throw e;
                    }
                    if (attempt == ATTEMPTS) {
                        throw new Unavailable(
                                "transaction_conflict",
                                "The change met concurrent changes and could not be applied; try again.",
                                Duration.ofSeconds(1));
                    }
                    pauseBefore(attempt + 1);
                }
            }
        } finally {
            running.remove();
        }
    }

    /** Whether Postgres rolled the transaction back for a reason that another run may not meet. */
    static boolean isRetryable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Set.of(...).contains(null) throws; the pool's timeout often carries no SQLState.
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && RETRYABLE.contains(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** 5-10 ms, then 10-20, then 20-40: the other transaction usually commits within that. */
    private static void pauseBefore(int attempt) {
        long base = 5L << (attempt - 2);
        try {
            Thread.sleep(base + ThreadLocalRandom.current().nextLong(base + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }
}
