package com.vecton.crm.adapter.out.persistence;

import com.vecton.crm.domain.problem.Problem;
import com.vecton.crm.domain.problem.Unavailable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a failure to reach the database becomes the domain's {@link Unavailable},
 * so that a request which cannot reach Postgres answers {@code 503} with {@code Retry-After}
 * instead of {@code 500 internal_error} (a fault test stopping Postgres for 5 s under four
 * writers got 16 such 500s).
 *
 * <p>The translation sits on the out-ports that {@link Persistence} hands out ({@link #guard}),
 * the only way out of this adapter, because no Jdbi hook sees every failure: a
 * {@code HandleCallbackDecorator} wraps only the callback of {@code Jdbi.withHandle}, so it misses
 * the pool timeout and the refused connection (thrown by {@code Jdbi.open()} before the callback)
 * and every statement of an {@code onDemand} SqlObject (which goes through
 * {@code Jdbi.withExtension}, never through the decorator); a wrapping {@code ConnectionFactory}
 * sees only the opening of connections. A guard on the port sees all of these, the commit of
 * {@link JdbiTransactions} included, after the repository has handled what it understands
 * itself (constraint violations).
 *
 * <p>What counts as "cannot reach": the pool gave no connection within its connection timeout
 * (Hikari's {@link SQLTransientConnectionException}), SQLState class {@code 08} (connection
 * refused, I/O error or socket timeout, connection closed under us: the driver reports them all
 * as {@code 08xxx}), and the server ending our session ({@code 57P01} admin shutdown, {@code 57P02}
 * crash shutdown, {@code 57P03} not accepting connections yet). A statement cancelled by
 * {@code statement_timeout} ({@code 57014}) gets a 503 of its own, {@code database_timeout}: the
 * database is there, but too slow for this request, which is load or a slow query rather than an
 * outage, and clients and operators should be able to tell the two apart.
 *
 * <p>A connection lost during {@code COMMIT} is translated like any other and not re-run: the
 * work may have committed, and no use case is idempotent. A client that retries such a create
 * may create it twice.
 */
final class DatabaseFailures {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFailures.class);

    /** Long enough for a restart or a fail-over to be under way, short enough to notice its end. */
    static final Duration UNAVAILABLE_RETRY_AFTER = Duration.ofSeconds(2);
    /** A statement ran past its time: the database is loaded, give it more room than an outage. */
    static final Duration TIMEOUT_RETRY_AFTER = Duration.ofSeconds(5);

    /** admin_shutdown, crash_shutdown, cannot_connect_now. */
    private static final Set<String> SESSION_ENDED = Set.of("57P01", "57P02", "57P03");

    private static final String QUERY_CANCELED = "57014";
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseFailures() {}

    /**
     * The port {@code adapter} implements, seen through a guard that translates every failure to
     * reach the database into {@link Unavailable} and lets anything else through unchanged.
     */
    static <T> T guard(Class<T> port, T adapter) {
        if (!port.isInterface()) {
            throw new IllegalArgumentException(port + " is not an interface");
        }
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, new Guard(adapter)));
    }

    /** Whether {@code port} was handed out through {@link #guard}. */
    static boolean isGuarded(Object port) {
        return Proxy.isProxyClass(port.getClass()) && Proxy.getInvocationHandler(port) instanceof Guard;
    }

    /** {@code failure} as the caller should see it: an {@link Unavailable} if it means the database is out of reach. */
    static RuntimeException translate(RuntimeException failure) {
        Optional<Unavailable> unavailable = unavailable(failure);
        if (unavailable.isEmpty()) {
            return failure;
        }
        LOG.debug("Database out of reach, answered as {}", unavailable.get().code(), failure);
        return unavailable.get();
    }

    /** The {@link Unavailable} that {@code failure} means, if it is a failure to reach the database. */
    static Optional<Unavailable> unavailable(Throwable failure) {
        if (failure instanceof Problem) {
            return Optional.empty();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                if (isConnectionLost(sql)) {
                    return Optional.of(new Unavailable(
                            "database_unavailable",
                            "The database cannot be reached at the moment; try again shortly.",
                            UNAVAILABLE_RETRY_AFTER));
                }
                if (QUERY_CANCELED.equals(sql.getSQLState())) {
                    return Optional.of(new Unavailable(
                            "database_timeout",
                            "The database took too long to answer; try again later.",
                            TIMEOUT_RETRY_AFTER));
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean isConnectionLost(SQLException sql) {
        if (sql instanceof SQLTransientConnectionException
                || sql instanceof SQLNonTransientConnectionException
                || sql instanceof SQLRecoverableException) {
            return true;
        }
        String state = sql.getSQLState();
        return state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SESSION_ENDED.contains(state));
    }

    /** Calls the adapter and translates what it throws; {@code Object}'s methods are the adapter's own. */
    private record Guard(Object adapter) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(adapter, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw translate(failure);
                }
                throw e.getCause();
            }
        }
    }
}
