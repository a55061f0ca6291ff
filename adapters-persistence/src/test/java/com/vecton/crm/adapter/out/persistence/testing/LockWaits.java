package com.vecton.crm.adapter.out.persistence.testing;

import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/** Lets a race test wait, without guessing with sleeps, until a session is blocked on a row lock. */
public final class LockWaits {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private LockWaits() {}

    /** Returns once some session of this database waits for a lock; fails after ten seconds. */
    public static void awaitSessionWaitingForLock(DataSource dataSource) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'""")) {
            while (true) {
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no session started waiting for a lock within " + PATIENCE);
                }
                Thread.sleep(5);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look at pg_stat_activity", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a lock wait", e);
        }
    }
}
