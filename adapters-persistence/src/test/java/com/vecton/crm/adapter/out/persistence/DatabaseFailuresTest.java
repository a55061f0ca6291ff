package com.vecton.crm.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.problem.Unavailable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.transaction.TransactionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures mean "the database cannot be reached", as the drivers and the pool report them. */
class DatabaseFailuresTest {

    @Test
    void the_pool_giving_no_connection_in_time_is_database_unavailable() {
        var timeout = new SQLTransientConnectionException(
                "crm-db - Connection is not available, request timed out after 2001ms",
                "08001",
                new PSQLException(
                        "Connection to 127.0.0.1:5432 refused",
                        PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                        new ConnectException("Connection refused")));

        assertUnavailable("database_unavailable", Duration.ofSeconds(2), new ConnectionException(timeout));
    }

    @Test
    void a_pool_timeout_without_any_sql_state_is_database_unavailable_too() {
        var timeout = new SQLTransientConnectionException("crm-db - Connection is not available, request timed out");

        assertUnavailable("database_unavailable", Duration.ofSeconds(2), new ConnectionException(timeout));
    }

    @Test
    void every_connection_exception_and_every_session_the_server_ended_is_database_unavailable() {
        for (String state : List.of("08000", "08001", "08003", "08006", "08P01", "57P01", "57P02", "57P03")) {
            var lost = new IllegalStateException("wrapped as Jdbi wraps it", new SQLException("lost", state));

            assertUnavailable("database_unavailable", Duration.ofSeconds(2), lost);
        }
    }

    @Test
    void a_connection_lost_during_commit_is_database_unavailable() {
        var lost = new TransactionException(
                "Failed to commit transaction",
                new PSQLException(
                        "An I/O error occurred while sending to the backend.",
                        PSQLState.CONNECTION_FAILURE,
                        new IOException("Broken pipe")));

        assertUnavailable("database_unavailable", Duration.ofSeconds(2), lost);
    }

    @Test
    void a_statement_the_server_cancelled_is_database_timeout() {
        var cancelled =
                new IllegalStateException(new SQLException("canceling statement due to statement timeout", "57014"));

        assertUnavailable("database_timeout", Duration.ofSeconds(5), cancelled);
    }

    @Test
    void other_database_errors_pass_unchanged() {
        for (String state : List.of("23505", "23P01", "40P01", "40001", "42P01", "22001", "28P01")) {
            var failure = new IllegalStateException(new SQLException("some error", state));

            assertSame(failure, DatabaseFailures.translate(failure), state);
        }
    }

    @Test
    void a_client_that_went_away_during_an_export_is_not_the_database() {
        var clientGone = new UncheckedIOException(new IOException("Broken pipe"));

        assertSame(clientGone, DatabaseFailures.translate(clientGone));
    }

    @Test
    void a_problem_passes_unchanged() {
        var notFound = new NotFound("contact", 7);

        assertSame(notFound, DatabaseFailures.translate(notFound));
    }

    @Test
    void a_cause_chain_that_loops_ends() {
        var looping = new LoopingException();

        assertSame(looping, DatabaseFailures.translate(looping));
    }

    @Test
    void a_guarded_port_returns_what_the_adapter_returns_and_translates_what_it_throws() {
        Lookup adapter = key -> switch (key) {
            case "lost" -> throw new IllegalStateException(new SQLException("terminating connection", "57P01"));
            case "missing" -> throw new NotFound("contact", key);
            default -> key.length();
        };

        Lookup guarded = DatabaseFailures.guard(Lookup.class, adapter);

        assertTrue(DatabaseFailures.isGuarded(guarded));
        assertFalse(DatabaseFailures.isGuarded(adapter));
        assertEquals(4, guarded.find("four"));
        assertEquals(
                "database_unavailable",
                assertThrows(Unavailable.class, () -> guarded.find("lost")).code());
        assertThrows(NotFound.class, () -> guarded.find("missing"));
    }

    @Test
    void a_guarded_port_lets_checked_exceptions_and_errors_through() {
        var interrupted = new InterruptedException("stop");
        var error = new OutOfMemoryError("test");
        Waits adapter = millis -> {
            if (millis < 0) {
                throw error;
            }
            throw interrupted;
        };

        Waits guarded = DatabaseFailures.guard(Waits.class, adapter);

        assertSame(interrupted, assertThrows(InterruptedException.class, () -> guarded.await(1)));
        assertSame(error, assertThrows(OutOfMemoryError.class, () -> guarded.await(-1)));
    }

    @Test
    void only_interfaces_can_be_guarded() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseFailures.guard(String.class, "not a port"));
    }

    private static void assertUnavailable(String code, Duration retryAfter, RuntimeException failure) {
        var translated = assertInstanceOf(Unavailable.class, DatabaseFailures.translate(failure), failure::toString);
        assertEquals(code, translated.code());
        assertEquals(retryAfter, translated.retryAfter());
        assertFalse(translated.detail().contains("127.0.0.1"), "no infrastructure detail reaches a client");
    }

    public interface Lookup {
        int find(String key);
    }

    public interface Waits {
        void await(long millis) throws InterruptedException;
    }

    private static final class LoopingException extends RuntimeException {
        @Override
        public synchronized Throwable getCause() {
            return this;
        }
    }
}
